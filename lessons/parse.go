package lessons

import "strings"

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
	b := bodyParser{file: file, ps: ps}
	for i := bodyStart; i < len(lines); i++ {
		b.line(lines[i], i+1)
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
// one line at a time.
type bodyParser struct {
	file     string
	ps       *Problems
	intro    []string
	sections []Section
	cur      *Section // nil while in the introduction
	body     []string // lines of the current section's body
	notes    []string // lines of the current section's notes
	inNotes  bool
	fence    *fence // the open code fence, if any
	live     bool   // the open fence is a live block
	slugs    map[string]int
}

// line consumes one line of the body; lineNo is its 1-based line in the file.
func (b *bodyParser) line(text string, lineNo int) {
	if b.fence != nil {
		if b.fence.closes(text) {
			b.fence, b.live = nil, false
		} else if b.live && strings.TrimSpace(text) != "" {
			b.ps.Add(b.file, lineNo, "live block opened on line %d must have an empty body", b.fence.line)
			b.live = false // report each block once
		}
		b.keep(text)
		return
	}
	if f, ok := openFence(text, lineNo); ok {
		b.fence = &f
		if liveInfo(f.info) {
			b.live = true
			b.liveBlock(f)
		}
		b.keep(text)
		return
	}
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
	b.keep(text)
}

// keep adds a line to the introduction, the current body or the notes.
func (b *bodyParser) keep(text string) {
	switch {
	case b.cur == nil:
		b.intro = append(b.intro, text)
	case b.inNotes:
		b.notes = append(b.notes, text)
	default:
		b.body = append(b.body, text)
	}
}

// liveBlock checks a live block's info string and records the block.
func (b *bodyParser) liveBlock(f fence) {
	blk, err := parseBlock(f.info, f.line)
	switch {
	case err != nil:
		b.ps.Add(b.file, f.line, "%v", err)
	case b.cur == nil:
		b.ps.Add(b.file, f.line, "live block before the first \"## \" section; live blocks belong in a section")
	case b.inNotes:
		b.ps.Add(b.file, f.line, "live block in speaker notes; live blocks belong in a section's body")
	default:
		b.cur.Blocks = append(b.cur.Blocks, blk)
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

// closeSection finishes the current section, if any.
func (b *bodyParser) closeSection() {
	if b.cur == nil {
		return
	}
	b.cur.Body = trimBlankLines(b.body)
	b.cur.Notes = trimBlankLines(b.notes)
	if b.cur.Body == "" {
		b.ps.Add(b.file, b.cur.Line, "section %q is empty", b.cur.Title)
	}
	b.sections = append(b.sections, *b.cur)
	b.cur, b.body, b.notes, b.inNotes = nil, nil, nil, false
}

// finish closes the last section and reports a code fence left open.
func (b *bodyParser) finish() {
	if b.fence != nil {
		b.ps.Add(b.file, b.fence.line, "code fence opened here is never closed")
		b.fence = nil
	}
	b.closeSection()
}
