package lessons

import (
	"strings"

	"faultline/internal/termtext"
)

// Marker lines recognised outside code fences.
const (
	notesMarker  = "???"
	revealMarker = "<!-- reveal -->"
)

// lessonMeta carries what the checks across lessons need to point at.
type lessonMeta struct {
	idLine, orderLine int
}

// parseLesson parses one lesson file whose text has already been sanitised,
// recording every problem in ps.
func parseLesson(file, text string, ps *Problems) (Lesson, lessonMeta) {
	lines := strings.Split(text, "\n")
	yamlLines, bodyStart, ok := splitFrontMatter(file, lines, ps)
	l := Lesson{File: file}
	var meta lessonMeta
	if ok {
		fm := parseFrontMatter(file, yamlLines, ps)
		l.ID, l.Title, l.Order, l.Minutes, l.Summary = fm.id, fm.title, fm.order, fm.minutes, fm.summary
		meta = lessonMeta{idLine: fm.idLine, orderLine: fm.orderLine}
	}
	b := bodyParser{file: file, ps: ps, first: bodyStart + 1}
	if bodyStart < len(lines) {
		b.st = scanStructure(strings.Join(lines[bodyStart:], "\n"))
	} else {
		b.st = scanStructure("")
	}
	for i := bodyStart; i < len(lines); i++ {
		b.line(lines[i], i-bodyStart)
	}
	b.finish()
	l.Intro = trimBlankLines(b.intro)
	l.Sections = b.sections
	if ok && len(l.Sections) == 0 {
		ps.Add(file, bodyStart+1, "lesson has no sections; start each one with a \"## \" heading")
	}
	return l, meta
}

// bodyParser splits a lesson's body into its introduction and sections,
// one line at a time, knowing the body's Markdown structure.
type bodyParser struct {
	file     string
	ps       *Problems
	st       *structure
	first    int // the file line of the body's first line
	intro    []string
	sections []Section
	cur      *Section   // nil while in the introduction
	body     []bodyLine // lines of the current section's body
	notes    []string   // lines of the current section's notes
	inNotes  bool
	live     *fenceSpan    // the live block being read, until its body is checked
	blocks   map[int]Block // the current section's live blocks, by opening line
	slugs    map[string]int
}

// line consumes one line of the body; index is its 0-based line in the body.
func (b *bodyParser) line(text string, index int) {
	lineNo := b.first + index
	if f, ok := b.st.topFence(index); ok && liveInfo(f.info) {
		b.live = &f
		b.liveBlock(f, index)
		b.keep(text, index)
		return
	}
	if b.st.isCode(index) {
		if l := b.live; l != nil && index > l.open && index <= l.last {
			if closing := l.closed && index == l.last; !closing && strings.TrimSpace(text) != "" {
				b.ps.Add(b.file, lineNo, "live block opened on line %d must have an empty body", b.first+l.open)
				b.live = nil // report each block once
			}
		}
		b.keep(text, index)
		return
	}
	b.live = nil
	if title, ok := sectionHeading(text); ok {
		b.startSection(title, lineNo)
		return
	}
	switch strings.TrimSpace(text) {
	case notesMarker:
		switch {
		case b.cur == nil:
			b.ps.Add(b.file, lineNo, "speaker notes (???) before the first \"## \" section")
		case b.inNotes:
			b.ps.Add(b.file, lineNo, "second ??? line in section %q; a section has one block of notes", b.cur.Title)
		default:
			b.inNotes = true
		}
		return
	case revealMarker:
		if b.cur == nil {
			b.ps.Add(b.file, lineNo, "%s before the first \"## \" section", revealMarker)
			return
		}
		if !b.inNotes {
			b.cur.Reveal = true
			return
		}
	}
	b.keep(text, index)
}

// keep adds a line to the introduction, the current body or the notes.
func (b *bodyParser) keep(text string, index int) {
	switch {
	case b.cur == nil:
		b.intro = append(b.intro, text)
	case b.inNotes:
		b.notes = append(b.notes, text)
	default:
		b.body = append(b.body, bodyLine{text: text, no: b.first + index, index: index})
	}
}

// liveBlock checks a live block's info string and records the block.
func (b *bodyParser) liveBlock(f fenceSpan, index int) {
	lineNo := b.first + index
	blk, err := parseBlock(f.info, lineNo)
	switch {
	case err != nil:
		b.ps.Add(b.file, lineNo, "%v", err)
	case b.cur == nil:
		b.ps.Add(b.file, lineNo, "live block before the first \"## \" section; live blocks belong in a section")
	case b.inNotes:
		b.ps.Add(b.file, lineNo, "live block in speaker notes; live blocks belong in a section's body")
	default:
		if b.blocks == nil {
			b.blocks = map[int]Block{}
		}
		b.blocks[index] = blk
	}
}

// startSection closes the current section and opens a new one.
func (b *bodyParser) startSection(title string, lineNo int) {
	b.closeSection()
	b.cur = &Section{ID: Slug(title), Title: title, Line: lineNo}
	switch {
	case title == "":
		b.ps.Add(b.file, lineNo, "section heading is empty")
	case b.cur.ID == "":
		b.ps.Add(b.file, lineNo, "heading %q has no letters a-z or digits to make a section id from", title)
	default:
		if b.slugs == nil {
			b.slugs = map[string]int{}
		}
		if first, dup := b.slugs[b.cur.ID]; dup {
			b.ps.Add(b.file, lineNo, "heading %q gives section id %q, already used by the heading on line %d", title, b.cur.ID, first)
		} else {
			b.slugs[b.cur.ID] = lineNo
		}
	}
}

// closeSection finishes the current section, if any, cutting its body
// into parts.
func (b *bodyParser) closeSection() {
	if b.cur == nil {
		return
	}
	body := trimBlank(b.body)
	b.cur.Body = joinLines(body)
	b.cur.Parts = splitParts(b.cur.Body, body, b.st, func(index int) (Block, int, bool) {
		blk, ok := b.blocks[index]
		if !ok {
			return Block{}, 0, false
		}
		f, _ := b.st.topFence(index)
		return blk, f.last, true
	})
	b.cur.Notes = trimBlankLines(b.notes)
	if b.cur.Body == "" {
		b.ps.Add(b.file, b.cur.Line, "section %q is empty", b.cur.Title)
	}
	b.sections = append(b.sections, *b.cur)
	b.cur, b.body, b.notes, b.inNotes, b.blocks = nil, nil, nil, false, nil
}

// finish closes the last section and reports a code fence left open and
// live blocks the parts cannot hold.
func (b *bodyParser) finish() {
	if b.st.tooDeep >= 0 {
		b.ps.Add(b.file, b.first+b.st.tooDeep, "lists and block quotes nest more than %d deep here; faultline reads at most %d levels", maxNesting, maxNesting)
	}
	for _, f := range b.st.fences {
		switch {
		case f.top && !f.closed:
			b.ps.Add(b.file, b.first+f.open, "code fence opened here is never closed")
		case !f.top && liveInfo(f.info):
			b.ps.Add(b.file, b.first+f.open, "live block inside a list item or block quote; start its fence at the left margin, on its own")
		}
	}
	b.closeSection()
}

// sectionFile names the text ParseSection reads in its problems.
const sectionFile = "section"

// ParseSection reads md as the body of one section titled title, exactly
// as Load reads a section of a lesson file (the heading is line 1, md
// starts on line 2), and returns it cut into parts. Problems Load would
// report, and a "## " heading inside md, make it return an *Error.
func ParseSection(title, md string) (Section, error) {
	var ps Problems
	text, _ := termtext.CleanLines("## " + title + "\n" + md)
	b := bodyParser{file: sectionFile, ps: &ps, first: 1, st: scanStructure(text)}
	for i, line := range strings.Split(text, "\n") {
		b.line(line, i)
	}
	b.finish()
	if len(b.sections) != 1 {
		ps.Add(sectionFile, 1, "section text holds %d \"## \" headings; want none", len(b.sections)-1)
	}
	if err := ps.Err(); err != nil {
		return Section{}, err
	}
	return b.sections[0], nil
}
