package lessons

import "strings"

// Part is one piece of a section's body, in order: Markdown text, or a
// live block standing where its fence stood. A section's parts are the
// one reading of its body that the reader, lecture mode, handouts and the
// content checks all use: concatenating their Source gives Body back.
type Part struct {
	// Source is the part's text exactly as it stands in the section's
	// Body: Markdown, or a live block's fence lines. A Markdown part may be
	// only blank lines (between two live blocks); it draws as nothing.
	Source string
	// Line is the 1-based line of the part's first line in the lesson file.
	Line int
	// Block is the live block of a block part, nil for Markdown.
	Block *Block
	// Items are the byte offsets in Source at which a top-level list item
	// starts (not a nested one, not one in a code block): lecture mode
	// reveals a section with reveal one such item at a time.
	Items []int
}

// IsBlock reports whether p is a live block.
func (p Part) IsBlock() bool { return p.Block != nil }

// Markdown is the Markdown text of a Markdown part, "" for a live block.
func (p Part) Markdown() string {
	if p.Block != nil {
		return ""
	}
	return p.Source
}

// Blank reports whether p is a Markdown part with nothing to draw.
func (p Part) Blank() bool { return p.Block == nil && strings.TrimSpace(p.Source) == "" }

// RevealSteps is the number of steps lecture mode reveals s in: the
// number of its top-level list items when s asks for reveal, else 0.
func (s Section) RevealSteps() int {
	if !s.Reveal {
		return 0
	}
	return ItemCount(s.Parts)
}

// Shown returns the parts of s shown at reveal step step (see ShownParts);
// a section without reveal shows every part at every step.
func (s Section) Shown(step int) []Part {
	if !s.Reveal {
		return s.Parts
	}
	return ShownParts(s.Parts, step)
}

// ItemCount is the number of top-level list items in parts.
func ItemCount(parts []Part) int {
	n := 0
	for _, p := range parts {
		n += len(p.Items)
	}
	return n
}

// ShownParts returns parts as shown with step top-level list items
// revealed: everything from the start of item step+1 on is left out (and
// the newlines before it), so text after a list appears together with its
// last item. A negative step, or one of at least ItemCount(parts), shows
// every part. The slice returned is fresh; a cut part keeps its Line and
// the items before the cut.
func ShownParts(parts []Part, step int) []Part {
	if step < 0 || step >= ItemCount(parts) {
		return parts
	}
	var out []Part
	seen := 0
	for _, p := range parts {
		if seen+len(p.Items) <= step {
			out = append(out, p)
			seen += len(p.Items)
			continue
		}
		cut := p.Items[step-seen]
		p.Source = strings.TrimRight(p.Source[:cut], "\r\n")
		p.Items = p.Items[:step-seen]
		if p.Source != "" {
			out = append(out, p)
		} else if len(out) > 0 && !out[len(out)-1].IsBlock() {
			last := &out[len(out)-1]
			last.Source = strings.TrimRight(last.Source, "\r\n")
		}
		return out
	}
	return out
}

// Blocks returns the live blocks of s, in order.
func (s Section) Blocks() []Block { return LiveBlocks(s.Parts) }

// LiveBlocks returns the live blocks of parts, in order.
func LiveBlocks(parts []Part) []Block {
	var out []Block
	for _, p := range parts {
		if p.Block != nil {
			out = append(out, *p.Block)
		}
	}
	return out
}

// bodyLine is one line kept in a section's body or notes: its text, its
// 1-based line in the file and its 0-based line in the lesson body.
type bodyLine struct {
	text      string
	no, index int
}

// trimBlank drops blank lines at both ends.
func trimBlank(lines []bodyLine) []bodyLine {
	for len(lines) > 0 && strings.TrimSpace(lines[0].text) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1].text) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// joinLines is the text of lines, joined with newlines.
func joinLines(lines []bodyLine) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// splitParts cuts a section's body into parts: body is lines (already
// trimmed) joined with newlines, and each part's Source is a slice of it.
// liveAt returns the live block whose fence opens on a body line and the
// body line of its last line, if one does.
func splitParts(body string, lines []bodyLine, st *structure, liveAt func(index int) (Block, int, bool)) []Part {
	var parts []Part
	start, off := 0, 0 // the current Markdown part's first line, and line i's offset in body
	var items []int
	partOff := 0
	flush := func(i int) {
		if i > start {
			parts = append(parts, Part{Source: body[partOff:off], Line: lines[start].no, Items: items})
		}
		items = nil
	}
	for i := 0; i < len(lines); i++ {
		b, last, ok := liveAt(lines[i].index)
		if !ok {
			if st.items[lines[i].index] {
				items = append(items, off-partOff)
			}
			off += len(lines[i].text) + 1
			continue
		}
		flush(i)
		j, end := i, off+len(lines[i].text)+1
		for j+1 < len(lines) && lines[j+1].index <= last {
			j++
			end += len(lines[j].text) + 1
		}
		blk := b
		parts = append(parts, Part{Source: body[off:min(end, len(body))], Line: lines[i].no, Block: &blk})
		i, off = j, end
		start, partOff = j+1, end
	}
	off = min(off, len(body))
	flush(len(lines))
	return parts
}
