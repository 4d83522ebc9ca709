// Package lessondone is the screen at the end of a lesson: what it
// covered, how the student stands on its checks and its quiz, and the
// three ways on: take the quiz, review the missed questions, go on to the
// next lesson.
package lessondone

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/common"
)

// Model is the lesson-complete screen.
type Model struct {
	ctx           *common.Context
	keys          common.KeyMap
	lesson        lessons.Lesson
	cursor        int
	width, height int
}

// New returns the screen for lesson.
func New(ctx *common.Context, lesson lessons.Lesson) *Model {
	k := common.DefaultKeyMap()
	k.Select.SetHelp("enter", "choose")
	k.Pick = common.WithKeys(k.Pick, common.Digits[:3]...)
	k.Pick.SetHelp("1-3", "choose by number")
	return &Model{ctx: ctx, keys: k, lesson: lesson}
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return "Lesson complete" }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// choice is one way on from the lesson.
type choice struct {
	label string
	// enabled is false when there is nothing to do, such as no missed
	// question to review; the line says why.
	enabled bool
	cmd     func() tea.Cmd
}

// choices are the three ways on, in order: the quiz, the missed questions,
// the next lesson (or back to the lessons after the last one).
func (m *Model) choices() []choice {
	n := len(m.questions())
	missed := len(m.missed())
	quizLabel := "Take this lesson's quiz"
	switch {
	case n == 0:
		quizLabel = "Take this lesson's quiz (it has none)"
	case n == 1:
		quizLabel += " (1 question)"
	default:
		quizLabel += " (" + plural(n, "question") + ")"
	}
	reviewLabel := "Review the missed questions (" + plural(missed, "question") + ")"
	if missed == 0 {
		reviewLabel = "Review the missed questions (none missed)"
	}
	l := m.lesson
	out := []choice{
		{label: quizLabel, enabled: n > 0, cmd: func() tea.Cmd { return common.OpenQuiz(l.Title, m.questions(), l.ID) }},
		{label: reviewLabel, enabled: missed > 0, cmd: func() tea.Cmd { return common.OpenQuiz("Missed: "+l.Title, m.missed(), "") }},
	}
	if next, ok := m.next(); ok {
		out = append(out, choice{label: "Go on to the next lesson: " + next.Title, enabled: true, cmd: func() tea.Cmd { return common.NextLesson(next.ID) }})
	} else {
		out = append(out, choice{label: "Back to the lessons: this was the last one", enabled: true, cmd: func() tea.Cmd { return common.Back }})
	}
	return out
}

// questions are the lesson's quiz questions.
func (m *Model) questions() []quiz.Question {
	if m.ctx.Bank == nil {
		return nil
	}
	return m.ctx.Bank.ByLesson(m.lesson.ID)
}

// missed are the lesson's questions, quiz and checks alike, last answered
// wrong.
func (m *Model) missed() []quiz.Question {
	qs := m.questions()
	for _, id := range m.checkIDs() {
		if q, ok := m.bankQuestion(id); ok && q.Lesson != m.lesson.ID {
			qs = append(qs, q)
		}
	}
	return quiz.Missed(m.ctx.Progress.Quiz, qs)
}

// bankQuestion looks a question up in the bank.
func (m *Model) bankQuestion(id string) (quiz.Question, bool) {
	if m.ctx.Bank == nil {
		return quiz.Question{}, false
	}
	return m.ctx.Bank.ByID(id)
}

// checkIDs are the ids of the questions the lesson's sections ask.
func (m *Model) checkIDs() []string {
	var ids []string
	for _, s := range m.lesson.Sections {
		for _, b := range s.Blocks() {
			if b.Kind == lessons.KindQuiz && len(b.Args) > 0 {
				ids = append(ids, b.Args[0])
			}
		}
	}
	return ids
}

// next is the lesson after this one in the course.
func (m *Model) next() (lessons.Lesson, bool) {
	ls := m.ctx.Course.Lessons
	for i, l := range ls {
		if l.ID == m.lesson.ID && i+1 < len(ls) {
			return ls[i+1], true
		}
	}
	return lessons.Lesson{}, false
}

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	cs := m.choices()
	switch {
	case key.Matches(kp, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(kp, m.keys.Down):
		m.cursor = min(len(cs)-1, m.cursor+1)
	case key.Matches(kp, m.keys.Pick):
		if i := common.Index(kp, m.keys.Pick); i >= 0 && i < len(cs) {
			m.cursor = i
			return m.choose(cs[i])
		}
	case key.Matches(kp, m.keys.Select):
		return m.choose(cs[m.cursor])
	case key.Matches(kp, m.keys.Back):
		return common.Back
	}
	return nil
}

// choose takes a way on, unless there is nothing to do there.
func (m *Model) choose(c choice) tea.Cmd {
	if !c.enabled {
		return nil
	}
	return c.cmd()
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Select, m.keys.Pick, m.keys.Back, m.keys.Up, m.keys.Down}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
