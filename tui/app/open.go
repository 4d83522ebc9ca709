package app

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/scenario"
	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/calculators"
	"faultline/tui/common"
	"faultline/tui/components/sectionview"
	"faultline/tui/coursemap"
	"faultline/tui/glossary"
	"faultline/tui/home"
	"faultline/tui/lessonlist"
	"faultline/tui/quizscreen"
	"faultline/tui/reader"
	"faultline/tui/scenarios"
)

// Config is how faultline's TUI starts.
type Config struct {
	// Mouse turns on mouse support (wheel scrolling); off by default so
	// that selecting and copying text works.
	Mouse bool
	// Notice is shown once in the header, e.g. about a moved-aside file.
	Notice string
	// Start, if set, opens a screen above home at start-up.
	Start func(ctx *common.Context) common.Screen
	// Load, when the context has no course yet, reads it: in the
	// background after the first frame, or first when Start is set.
	Load Loader
}

// Openers builds the screens the TUI can open.
type Openers struct {
	ctx      *common.Context
	renderer *sectionRenderer
}

func newOpeners(ctx *common.Context) Openers {
	return Openers{ctx: ctx, renderer: newSectionRenderer(ctx)}
}

// ThemeChanged drops cached renders made with the old theme.
func (o Openers) ThemeChanged() { o.renderer.reset() }

// Lesson returns the reader on lesson id at section (−1 resumes), or nil
// for an unknown id. A peek opens it to look something up: it marks
// nothing read.
func (o Openers) Lesson(id string, section int, peek bool) common.Screen {
	l, ok := o.ctx.Course.Lesson(id)
	if !ok {
		return nil
	}
	if section < 0 {
		section = o.ctx.Progress.Resume(id, len(l.Sections))
	}
	r := reader.New(o.ctx, l, section, o.renderer.render).AwaitWith(o.renderer.view.Pending)
	if peek {
		return r.Peek()
	}
	return r
}

// standing says in one line where the student stands: lessons completed
// and questions due for review.
func (m *Model) standing() string {
	if m.loading() {
		return ""
	}
	done, total := m.ctx.Progress.Standing(m.ctx.Course)
	s := fmt.Sprintf("%d of %d lessons", done, total)
	if m.ctx.Bank != nil {
		due := len(quiz.Due(m.ctx.Progress.Quiz, m.ctx.Bank, time.Now()))
		s += " · " + plural(due, "question") + " due"
	}
	return s
}

// plural is "1 question" or "3 questions".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// refreshHome brings the home screen's menu and standing up to date.
func (m *Model) refreshHome() {
	m.home.SetEntries(m.homeEntries())
	m.home.SetStanding(m.standing())
}

// homeEntries lists the ways in, resuming the last lesson when there is one.
func (m *Model) homeEntries() []home.Entry {
	ctx := m.ctx
	var entries []home.Entry
	if id, i, ok := ctx.Progress.Continue(ctx.Course); ok {
		if l, ok := ctx.Course.Lesson(id); ok && i < len(l.Sections) {
			what := "Next unread"
			if id != ctx.Progress.Last.Lesson {
				what = "Next lesson; it starts with"
			}
			entries = append(entries, home.Entry{
				Title:       "Continue: " + l.Title,
				Description: fmt.Sprintf("%s: section %d of %d, %s.", what, i+1, len(l.Sections), l.Sections[i].Title),
				Open:        func() tea.Cmd { return common.OpenLesson(l.ID, i) },
			})
		}
	}
	lessonsText := lessonsBlurb(ctx.Course.Lessons)
	terms := fmt.Sprintf("%d terms, searchable; each opens the section that defines it.", len(ctx.Course.Glossary))
	if m.loading() {
		// For the first frame or two, while the course is read.
		lessonsText, terms = "The course, section by section.", "Searchable; each term opens the section that defines it."
	}
	entries = append(entries,
		home.Entry{
			Title:       "Lessons",
			Description: lessonsText,
			Open:        func() tea.Cmd { return common.Open(lessonlist.New(ctx)) },
		},
		home.Entry{
			Title:       "Course map",
			Description: "Every lesson with the sections read, the quiz's best and the questions due, and the next step; ctrl+g opens it from anywhere.",
			Open:        func() tea.Cmd { return common.Open(coursemap.New(ctx, time.Now)) },
		},
		home.Entry{
			Title:       "Calculators",
			Description: "Nines and downtime, budgets, MTBF/MTTR and composed systems, live as you type.",
			Open:        func() tea.Cmd { return common.Open(calculators.New(ctx)) },
		},
	)
	if m.loading() {
		entries = append(entries, home.Entry{
			Title:       "Quizzes",
			Description: "A quiz per lesson, everything mixed, or review of what you missed.",
			Open:        func() tea.Cmd { return nil },
		})
	} else if bank := ctx.Bank; bank != nil && len(bank.Questions) > 0 { // no dead entry without a bank
		entries = append(entries, home.Entry{
			Title:       "Quizzes",
			Description: fmt.Sprintf("%d questions: a quiz per lesson, everything mixed, or review of what you missed.", len(bank.Questions)),
			Open: func() tea.Cmd { // a fresh shuffle each time
				return common.Open(quizscreen.NewPicker(ctx, bank, quizscreen.Options{Seed: uint64(time.Now().UnixNano()), Now: time.Now}))
			},
		})
	}
	entries = append(entries,
		home.Entry{
			Title:       "Scenarios",
			Description: scenariosBlurb(ctx),
			Open:        func() tea.Cmd { return common.Open(scenarios.NewList(ctx)) },
		},
		home.Entry{
			Title:       "Glossary",
			Description: terms,
			Open:        func() tea.Cmd { return common.Open(glossary.New(ctx)) },
		},
	)
	return entries
}

// sectionRenderer draws lesson sections with the context's current theme;
// sectionview caches each section per width, so paging is a map lookup.
type sectionRenderer struct {
	ctx    *common.Context
	view   *sectionview.Renderer
	intros map[introKey]string
}

type introKey struct {
	lesson string
	width  int
}

func newSectionRenderer(ctx *common.Context) *sectionRenderer {
	view := sectionview.New(ctx.Styles, ctx.Plain)
	view.SetBank(ctx.Bank)
	view.RunInBackground()
	return &sectionRenderer{ctx: ctx, view: view, intros: map[introKey]string{}}
}

// reset makes the next render use the context's current styles.
func (r *sectionRenderer) reset() {
	r.view.SetStyles(r.ctx.Styles)
	clear(r.intros)
}

// render draws a section; the first section is preceded by the lesson's
// introduction, if it has one.
func (r *sectionRenderer) render(l lessons.Lesson, index, width int) string {
	out := r.view.Section(l.ID, index, l.Sections[index], width)
	if index > 0 || l.Intro == "" {
		return out
	}
	k := introKey{l.ID, width}
	intro, ok := r.intros[k]
	if !ok {
		intro = r.view.Markdown(l.Intro, width)
		r.intros[k] = intro
	}
	return strings.TrimRight(intro, "\n") + "\n\n" + strings.TrimLeft(out, "\n")
}

// RenderFunc draws one section of a lesson at a width.
type RenderFunc = reader.RenderFunc

// Context is the shared screen context.
type Context = common.Context

// NewSectionRenderer returns a caching renderer of lesson sections for ctx.
func NewSectionRenderer(ctx *common.Context) RenderFunc { return newSectionRenderer(ctx).render }

// lessonsBlurb says how many lessons the course has and, from its first
// and last titles, what they span; it is true of any deck, built in or not.
func lessonsBlurb(ls []lessons.Lesson) string {
	switch len(ls) {
	case 0:
		return "No lessons in this course."
	case 1:
		return fmt.Sprintf("1 lesson: %s", ls[0].Title)
	}
	return fmt.Sprintf("%d lessons, from %q to %q.", len(ls), ls[0].Title, ls[len(ls)-1].Title)
}

// scenariosBlurb describes the scenarios, with how many of their challenges
// the student has met.
func scenariosBlurb(ctx *common.Context) string {
	total, met := 0, 0
	for _, spec := range scenario.Scenarios() {
		for _, c := range spec.Challenges() {
			total++
			if ctx.Progress.Solved(spec.Name, c.ID) {
				met++
			}
		}
	}
	return fmt.Sprintf("Watch failover happen: standbys, partitions, load balancers, breakers and retry storms; break them on purpose. Challenges met: %d of %d.", met, total)
}
