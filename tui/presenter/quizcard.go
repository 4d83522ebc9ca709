package presenter

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// quizCard is one question on a slide, for a show of hands: the prompt
// and its options, then, on r, the answer and its explanation.
type quizCard struct {
	ctx           *common.Context
	q             quiz.Question // as in the bank
	card          quiz.Card     // as shown
	keys          quizKeys
	shown         bool
	live          bool // students answer it: the presenter's c and x work on it
	several       bool // the slide has other cards students answer
	asked         bool // of several, the one the presenter's r, c and x act on
	width, height int
}

type quizKeys struct{ Reveal, Back, Close, Reset key.Binding }

func newQuizCard(ctx *common.Context, q quiz.Question) *quizCard {
	// Dealt as the lesson, the classroom and the handout deal it, so the
	// class sees the letters the students' screens show.
	card := quiz.Deal(q, quiz.ShownSeed)
	return &quizCard{ctx: ctx, q: q, card: card, keys: quizKeys{
		Reveal: key.NewBinding(key.WithKeys("r", "space"), key.WithHelp("r", "reveal/hide the answer")),
		Back:   common.WithHelp(common.DefaultKeyMap().Back, "esc", "back to the slides"),
		Close:  DefaultKeyMap().CloseAnswers,
		Reset:  DefaultKeyMap().ResetAnswers,
	}}
}

// Init implements common.Screen.
func (c *quizCard) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (c *quizCard) Title() string { return "Question " + c.q.ID }

// SetSize implements common.Screen.
func (c *quizCard) SetSize(w, h int) { c.width, c.height = w, h }

// ShortHelp implements help.KeyMap: while students answer, closing and
// resetting their answers too (the presenter handles those keys).
func (c *quizCard) ShortHelp() []key.Binding {
	if c.live {
		return []key.Binding{c.keys.Reveal, common.WithHelp(c.keys.Close, "c", "close/reopen answers"), common.WithHelp(c.keys.Reset, "x", "reset answers…"), c.keys.Back}
	}
	return []key.Binding{c.keys.Reveal, c.keys.Back}
}

// FullHelp implements help.KeyMap.
func (c *quizCard) FullHelp() [][]key.Binding { return [][]key.Binding{c.ShortHelp()} }

// Revealed reports whether the answer shows.
func (c *quizCard) Revealed() bool { return c.shown }

// Update implements common.Screen: r or space shows or hides the answer,
// esc hands the keys back to the slides.
func (c *quizCard) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(kp, c.keys.Reveal):
		c.shown = !c.shown
	case key.Matches(kp, c.keys.Back):
		return common.Back
	}
	return nil
}

// View draws the question, its options and, once revealed, the answer.
func (c *quizCard) View() string {
	if c.width < 1 || c.height < 1 {
		return ""
	}
	st := c.ctx.Styles
	w := min(c.width, 100)
	wrap := func(s string) string { return textwrap.Wrap(s, w, "") }
	var b strings.Builder
	switch {
	case c.live && c.several && c.asked:
		b.WriteString(st.App.Title.Render(common.Cut("▶ Question "+c.q.ID+" · r, c and x act on this one", w)) + "\n")
	case c.live && c.several:
		b.WriteString(st.App.Dim.Render(common.Cut("Question "+c.q.ID+" · enter, then tab, to act on this one", w)) + "\n")
	default:
		b.WriteString(st.App.Dim.Render("Question "+c.q.ID) + "\n")
	}
	b.WriteString(st.Diagram.Label.Render(wrap(c.q.Prompt)) + "\n\n")
	b.WriteString(c.options(w) + "\n")
	if c.shown {
		b.WriteString("\n" + st.Diagram.Good.Bold(true).Render(wrap(c.answer())) + "\n")
		if c.q.Explanation != "" {
			b.WriteString(wrap(c.q.Explanation) + "\n")
		}
	} else if !c.several || c.asked { // another card's keys are not this one's
		hint := "r reveals the answer"
		if c.live {
			hint += " · c closes or reopens answers · x resets them (asks first)"
		}
		b.WriteString("\n" + st.App.Dim.Render(wrap(hint)))
	}
	return common.Fit(strings.TrimRight(b.String(), "\n"), c.width, c.height)
}

// options lists what the class chooses from, marking the right ones once
// revealed.
func (c *quizCard) options(w int) string {
	st := c.ctx.Styles
	var lines []string
	mark := func(label, text string, right bool) string {
		line := textwrap.Wrap(label+"  "+text, w, "")
		switch {
		case !c.shown:
			return line
		case right:
			return st.Diagram.Good.Bold(true).Render("✓ " + line)
		}
		return st.App.Dim.Render("  " + line)
	}
	switch c.q.Type {
	case quiz.Single, quiz.Multi:
		for i, ch := range c.card.Question.Choices {
			lines = append(lines, mark(quiz.Letter(i), ch.Text, ch.Correct))
		}
	case quiz.TrueFalse:
		lines = append(lines, mark("A", "True", c.q.Answer), mark("B", "False", !c.q.Answer))
	case quiz.NumericType:
		if c.q.Numeric != nil {
			lines = append(lines, st.App.Dim.Render(textwrap.Wrap("Answer with "+c.q.Numeric.Unit, w, "")))
		}
	case quiz.Classify:
		for _, d := range quiz.Dimensions {
			lines = append(lines, fmt.Sprintf("%-14s %s", d.Name, strings.Join(d.Classes, " or ")))
		}
	case quiz.Order:
		for i, idx := range c.card.ItemOrder {
			lines = append(lines, quiz.Letter(i)+"  "+c.q.Items[idx])
		}
	case quiz.Match:
		for i, p := range c.card.Question.Pairs {
			lines = append(lines, fmt.Sprintf("%d  %s", i+1, p.Left))
		}
		lines = append(lines, "")
		for i, idx := range c.card.RightOrder {
			lines = append(lines, quiz.Letter(i)+"  "+c.card.Question.Pairs[idx].Right)
		}
	}
	return strings.Join(lines, "\n")
}

// answer is the revealed answer in one or a few lines, from quiz.Solve.
func (c *quizCard) answer() string {
	sol := quiz.Solve(c.card)
	switch c.card.Question.Type {
	case quiz.Classify:
		return "Answer: " + strings.Join(sol.Keys, " · ")
	case quiz.Order:
		return "Answer: " + strings.Join(sol.Texts, " → ")
	}
	return "Answer: " + strings.Join(sol.Keys, ", ")
}
