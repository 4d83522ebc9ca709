package quizscreen

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/quiz"
	"faultline/tui/common"
)

// Picker chooses a quiz: one per lesson, a mixed quiz over everything, or
// the questions due for review.
type Picker struct {
	ctx           *common.Context
	keys          KeyMap
	bank          *quiz.Bank
	opt           Options
	cursor        int
	note          string
	width, height int
}

// pick is one entry of the picker.
type pick struct {
	title, meta string
	lesson      string // empty for mixed and review
	review      bool
}

// NewPicker returns the quiz picker over bank.
func NewPicker(ctx *common.Context, bank *quiz.Bank, opt Options) *Picker {
	return &Picker{ctx: ctx, keys: DefaultKeyMap(), bank: bank, opt: opt}
}

// Init implements common.Screen.
func (p *Picker) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (p *Picker) Title() string { return "Quizzes" }

// SetSize implements common.Screen.
func (p *Picker) SetSize(w, h int) { p.width, p.height = w, h }

// picks lists the entries with their current scores.
func (p *Picker) picks() []pick {
	records := p.ctx.Progress.Quiz
	due := len(quiz.Due(records, p.bank, p.opt.now()))
	review := pick{title: fmt.Sprintf("Review: %d due", due), review: true,
		meta: "Questions you missed or have not seen for a while, on a Leitner schedule."}
	if due == 0 {
		review.meta = "Nothing is due now; missed questions come back a day later."
	}
	out := []pick{review, {title: "Mixed: everything", meta: fmt.Sprintf("All %d questions of the course, shuffled.", len(p.bank.Questions))}}
	for _, id := range p.bank.Lessons() {
		title := id
		if l, ok := p.ctx.Course.Lesson(id); ok {
			title = l.Title
		}
		n := len(p.bank.ByLesson(id))
		meta := fmt.Sprintf("%d questions · not taken", n)
		if s, ok := p.ctx.Progress.QuizScore(id); ok {
			meta = fmt.Sprintf("%d questions · last %d/%d · best %d/%d", n, s.Last.Correct, s.Last.Total, s.Best.Correct, s.Best.Total)
		}
		out = append(out, pick{title: title, meta: meta, lesson: id})
	}
	return out
}

// Update implements common.Screen.
func (p *Picker) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	picks := p.picks()
	p.note = ""
	switch {
	case key.Matches(kp, p.keys.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(kp, p.keys.Down):
		p.cursor = min(len(picks)-1, p.cursor+1)
	case key.Matches(kp, p.keys.Start):
		return p.start(picks[p.cursor])
	case key.Matches(kp, p.keys.Back):
		return common.Back
	}
	return nil
}

// start opens the quiz of one entry.
func (p *Picker) start(e pick) tea.Cmd {
	if e.review {
		qs := quiz.Due(p.ctx.Progress.Quiz, p.bank, p.opt.now())
		if len(qs) == 0 {
			p.note = "Nothing is due for review yet."
			return nil
		}
		opt := p.opt
		opt.SecondTry = quiz.Review.SecondTry()
		return common.Open(New(p.ctx, "Review", qs, opt))
	}
	opt := p.opt
	opt.SecondTry = quiz.SelfStudy.SecondTry()
	if e.lesson != "" {
		opt.Lesson = e.lesson
		return common.Open(New(p.ctx, e.title, p.bank.ByLesson(e.lesson), opt))
	}
	return common.Open(New(p.ctx, e.title, p.bank.Questions, opt))
}

// View implements common.Screen.
func (p *Picker) View() string {
	if p.width <= 0 || p.height <= 0 {
		return ""
	}
	st := p.ctx.Styles
	picks := p.picks()
	lines := []string{st.App.Dim.Render("Pick a quiz: answer with keys alone, see why after each answer.")}
	if p.note != "" {
		lines[0] = st.App.Notice.Render(p.note)
	}
	lines = append(lines, "")
	focus := 0
	for i, e := range picks {
		cur, style := "  ", st.List.Item
		if i == p.cursor {
			cur, style = st.List.Selected.Render("› "), st.List.Selected
			focus = len(lines)
		}
		if e.lesson != "" {
			lines = append(lines, strings.Split(spread(cur+style.Render(e.title), st.List.Meta.Render(e.meta), p.width), "\n")...)
			continue
		}
		lines = append(lines, cur+style.Render(e.title), "    "+st.List.Meta.Render(e.meta))
		if i == 1 {
			lines = append(lines, "  "+st.App.Dim.Render(strings.Repeat("─", max(0, min(p.width-2, 40)))))
		}
	}
	return common.Fit(strings.Join(window(lines, focus, p.height), "\n"), p.width, p.height)
}

// spread puts right at the right edge of a line starting with left, or
// under it, indented, when the line is too narrow.
func spread(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return left + "\n    " + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// ShortHelp implements help.KeyMap.
func (p *Picker) ShortHelp() []key.Binding {
	return []key.Binding{p.keys.Up, p.keys.Down, p.keys.Start, p.keys.Back}
}

// FullHelp implements help.KeyMap.
func (p *Picker) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }
