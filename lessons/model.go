package lessons

import "strings"

// Lesson is one lesson file: its front matter, its introduction and its
// sections in the order they appear.
type Lesson struct {
	// ID is the short lowercase name used on the command line and in links.
	ID string
	// Title is shown in lists and headings.
	Title string
	// Order is the lesson's position in the course, starting at 1.
	Order int
	// Minutes is the estimated reading time.
	Minutes int
	// Summary is the one-line description shown in the lesson list.
	Summary string
	// Intro is the Markdown before the first section heading, possibly empty.
	Intro string
	// Sections are the lesson's "## " sections, in file order.
	Sections []Section
	// File is the lesson's path inside the loaded file system.
	File string
}

// Section is one "## " section of a lesson: one screen in the reader and one
// slide in lecture mode.
type Section struct {
	// ID is the slug of the heading, unique within the lesson.
	ID string
	// Title is the heading text without the leading "## ".
	Title string
	// Body is the section's Markdown without its heading line, without the
	// speaker notes and without the reveal marker line.
	Body string
	// Notes are the speaker notes after the "???" line, possibly empty.
	Notes string
	// Reveal reports whether the section held a "<!-- reveal -->" line, so
	// lecture mode shows its list items one at a time.
	Reveal bool
	// Parts are Body cut into Markdown text and live blocks, in order;
	// their Source joined gives Body. Every screen, slide, handout and check
	// reads a section through its parts.
	Parts []Part
	// Line is the 1-based line of the section heading in the lesson file.
	Line int
}

// Block kinds, the first word after "faultline" in a live block's info string.
const (
	// KindDiagram draws one of the named diagrams.
	KindDiagram = "diagram"
	// KindNines draws the table of nines.
	KindNines = "nines"
	// KindCompose draws a composed system's availability.
	KindCompose = "compose"
	// KindMTBF draws steady-state availability from MTBF and MTTR.
	KindMTBF = "mtbf"
	// KindScenario offers a failover scenario to play, by name.
	KindScenario = "scenario"
	// KindQuiz shows one quiz question, by id.
	KindQuiz = "quiz"
	// KindSimulate compares a composed system's formula with a simulation
	// of it, with failures independent or partly shared (common cause).
	KindSimulate = "simulate"
)

// Block is a live block: a fenced code block whose info string starts with
// "faultline", drawn by faultline instead of shown as code.
type Block struct {
	// Kind is one of KindDiagram, KindNines, KindCompose, KindMTBF,
	// KindScenario, KindQuiz or KindSimulate.
	Kind string
	// Args are the words after the kind. For KindCompose, Args holds a single
	// element: the whole expression as written, spaces included. For
	// KindSimulate, Args are the expression, the years and the common-cause
	// share, checked and in that order; read them with Simulation.
	Args []string
	// Line is the 1-based line of the block's opening fence in the lesson file.
	Line int
}

// Term is one glossary entry.
type Term struct {
	// Term is the word or phrase defined.
	Term string
	// Lesson is the LESSON#SECTION link to where the term is taught.
	Lesson string
	// Definition is one or two sentences explaining the term.
	Definition string
}

// Course is a loaded, validated course: lessons sorted by Order and the
// glossary sorted by term, ignoring case.
type Course struct {
	// Lessons are sorted by Order.
	Lessons []Lesson
	// Glossary is sorted by Term, ignoring case.
	Glossary []Term
	// Warnings are things changed at load that did not stop it, such as
	// FILE:LINE: control sequence removed; a command shows them on stderr.
	Warnings []Problem
}

// Lesson returns the lesson with the given id.
func (c *Course) Lesson(id string) (Lesson, bool) {
	for _, l := range c.Lessons {
		if l.ID == id {
			return l, true
		}
	}
	return Lesson{}, false
}

// IDs returns the lesson ids in course order.
func (c *Course) IDs() []string {
	ids := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		ids[i] = l.ID
	}
	return ids
}

// Resolve finds the lesson and the index of the section named by a
// LESSON#SECTION link. It reports false if the link lacks a "#", or names a
// lesson or section that does not exist.
func (c *Course) Resolve(link string) (lesson Lesson, sectionIndex int, ok bool) {
	id, section, found := strings.Cut(link, "#")
	if !found {
		return Lesson{}, -1, false
	}
	l, ok := c.Lesson(id)
	if !ok {
		return Lesson{}, -1, false
	}
	for i, s := range l.Sections {
		if s.ID == section {
			return l, i, true
		}
	}
	return Lesson{}, -1, false
}
