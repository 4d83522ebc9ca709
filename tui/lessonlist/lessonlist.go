// Package lessonlist is the list of lessons with each one's summary,
// length and the student's progress, including the latest quiz score.
package lessonlist

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/scenario"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// Model is the lesson list.
type Model struct {
	ctx           *common.Context
	keys          KeyMap
	cursor        int
	width, height int
}

// New returns the lesson list with the cursor on the lesson last read.
func New(ctx *common.Context) *Model {
	m := &Model{ctx: ctx, keys: DefaultKeyMap()}
	for i, l := range ctx.Course.Lessons {
		if l.ID == ctx.Progress.Last.Lesson {
			m.cursor = i
		}
	}
	return m
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Model) Title() string { return "Lessons" }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Selected returns the lesson under the cursor.
func (m *Model) Selected() lessons.Lesson { return m.ctx.Course.Lessons[m.cursor] }

// Update implements common.Screen.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	n := len(m.ctx.Course.Lessons)
	if !ok || n == 0 {
		return nil
	}
	switch {
	case key.Matches(kp, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(kp, m.keys.Down):
		m.cursor = min(n-1, m.cursor+1)
	case key.Matches(kp, m.keys.Top):
		m.cursor = 0
	case key.Matches(kp, m.keys.Bottom):
		m.cursor = n - 1
	case key.Matches(kp, m.keys.Open):
		return common.OpenLesson(m.Selected().ID, -1)
	case key.Matches(kp, m.keys.Back):
		return common.Back
	}
	return nil
}

// rowHeight is the lines one lesson takes: title line, summary line.
const rowHeight = 2

// View implements common.Screen. The selected lesson's title and summary
// are wrapped whole, so narrow windows cut only the others', at a space.
func (m *Model) View() string {
	course := m.ctx.Course
	if len(course.Lessons) == 0 {
		return ""
	}
	selected := m.row(m.cursor, true)
	visible := max(1, (m.height-len(selected)+rowHeight)/rowHeight)
	first := max(0, min(m.cursor-visible/2, len(course.Lessons)-visible))
	var lines []string
	for i := first; i < len(course.Lessons) && i < first+visible; i++ {
		if i == m.cursor {
			lines = append(lines, selected...)
			continue
		}
		lines = append(lines, m.row(i, false)...)
	}
	return strings.Join(lines, "\n")
}

// row is lesson i's lines: the title with its progress on the right, and
// the summary below; the selected one wrapped to the width, others one
// line each.
func (m *Model) row(i int, selected bool) []string {
	st := m.ctx.Styles
	l := m.ctx.Course.Lessons[i]
	read, done := m.status(l)
	marker, style := "  ", st.List.Item
	if selected {
		marker, style = st.List.Selected.Render("› "), st.List.Selected
	}
	state := st.List.Meta.Render(fmt.Sprintf("%d/%d read", read, len(l.Sections)))
	if done {
		state = st.List.Done.Render("✓ done")
	}
	meta := st.List.Meta.Render(fmt.Sprintf("%2d. ", l.Order))
	right := st.List.Meta.Render(fmt.Sprintf("%d min  ", l.Minutes)) + state
	if met, total := m.challenges(l); total > 0 {
		right = st.List.Meta.Render(fmt.Sprintf("challenges %d/%d  ", met, total)) + right
	}
	if q, ok := m.ctx.Progress.QuizScore(l.ID); ok {
		right = st.List.Meta.Render(fmt.Sprintf("best %d/%d  ", q.Best.Correct, q.Best.Total)) + right
	}
	const indent = "      "
	head := lipgloss.Width(marker + meta)
	if !selected {
		line := marker + meta + style.Render(l.Title)
		// A long title is shortened before the score and progress are
		// dropped; they go only when even a short title would not fit.
		room := m.width - lipgloss.Width(right) - 2
		if lipgloss.Width(line) > room && room >= head+12 {
			line = common.Cut(line, room)
		}
		if gap := m.width - lipgloss.Width(line) - lipgloss.Width(right); gap >= 2 {
			line += strings.Repeat(" ", gap) + right
		}
		return []string{line, indent + st.List.Meta.Render(l.Summary)}
	}
	var lines []string
	title := strings.Split(textwrap.Wrap(l.Title, max(1, m.width-head), ""), "\n")
	for j, t := range title {
		lead := marker + meta
		if j > 0 {
			lead = strings.Repeat(" ", head)
		}
		lines = append(lines, lead+style.Render(t))
	}
	last := lines[len(lines)-1]
	if gap := m.width - lipgloss.Width(last) - lipgloss.Width(right); gap >= 2 {
		lines[len(lines)-1] = last + strings.Repeat(" ", gap) + right
	} else {
		lines = append(lines, strings.Repeat(" ", head)+right)
	}
	for _, s := range strings.Split(textwrap.Wrap(l.Summary, max(1, m.width-len(indent)), ""), "\n") {
		lines = append(lines, indent+st.List.Meta.Render(s))
	}
	return lines
}

// challenges counts the challenges of the scenarios l offers to play, and
// how many of them the student has met.
func (m *Model) challenges(l lessons.Lesson) (met, total int) {
	seen := map[string]bool{}
	for _, s := range l.Sections {
		for _, b := range s.Blocks() {
			if b.Kind != lessons.KindScenario || len(b.Args) == 0 || seen[b.Args[0]] {
				continue
			}
			seen[b.Args[0]] = true
			spec, ok := scenario.Lookup(b.Args[0])
			if !ok {
				continue
			}
			for _, c := range spec.Challenges() {
				total++
				if m.ctx.Progress.Solved(spec.Name, c.ID) {
					met++
				}
			}
		}
	}
	return met, total
}

// status returns how many sections of l the student has read and whether
// the lesson is complete.
func (m *Model) status(l lessons.Lesson) (read int, done bool) {
	_, done = m.ctx.Progress.LessonSummary(l.ID)
	return m.ctx.Progress.SectionsRead(l), done
}

// ShortHelp implements help.KeyMap.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Up, m.keys.Down, m.keys.Open, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Top, m.keys.Bottom}, {m.keys.Open, m.keys.Back}}
}
