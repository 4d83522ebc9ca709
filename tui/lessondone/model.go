// Package lessondone is the screen at the end of a lesson: what it
// covered, how the student stands on its checks and its quiz, and the
// three ways on: take the quiz, review the missed questions, go on to the
// next lesson.
package lessondone

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"faultline/internal/lessonend"
	"faultline/lessons"
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
	end := m.end()
	n := len(end.Questions())
	missed := len(end.Missed())
	quizLabel := "Take this lesson's quiz"
	switch {
	case n == 0:
		quizLabel = "Take this lesson's quiz (it has none)"
	case n == 1:
		quizLabel += " (1 question)"
	default:
		quizLabel += " (" + lessonend.Plural(n, "question") + ")"
	}
	reviewLabel := "Review the missed questions (" + lessonend.Plural(missed, "question") + ")"
	if missed == 0 {
		reviewLabel = "Review the missed questions (none missed)"
	}
	l := m.lesson
	out := []choice{
		{label: quizLabel, enabled: n > 0, cmd: func() tea.Cmd { return common.OpenQuiz(l.Title, m.end().Questions(), l.ID) }},
		{label: reviewLabel, enabled: missed > 0, cmd: func() tea.Cmd { return common.OpenQuiz("Missed: "+l.Title, m.end().Missed(), "") }},
	}
	if next, ok := end.Next(); ok {
		out = append(out, choice{label: "Go on to the next lesson: " + next.Title, enabled: true, cmd: func() tea.Cmd { return common.NextLesson(next.ID) }})
	} else {
		out = append(out, choice{label: "Back to the lessons: this was the last one", enabled: true, cmd: func() tea.Cmd { return common.Back }})
	}
	return out
}

// end is where the student stands now at the end of the lesson.
func (m *Model) end() lessonend.End {
	return lessonend.Of(m.ctx.Course, m.ctx.Bank, m.ctx.Progress, m.lesson)
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
