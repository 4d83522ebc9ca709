// Package scenarios is the scenario list and the scenario player: failover
// scenarios from faultline/internal/scenario drawn as an animation the student can
// play, pause, step, break on purpose and compare.
package scenarios

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/scenario"
	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// List is the list of scenarios, each with a one-line summary.
type List struct {
	ctx           *common.Context
	keys          ListKeyMap
	specs         []scenario.Spec
	cursor        int
	cmp           *comparison
	width, height int
}

// NewList returns the scenario list. Players opened from it share one
// comparison, so a run marked in one scenario can be compared with a run
// of another.
func NewList(ctx *common.Context) *List {
	return &List{ctx: ctx, keys: DefaultListKeyMap(), specs: scenario.Scenarios(), cmp: &comparison{}}
}

// Init implements common.Screen.
func (l *List) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (l *List) Title() string { return "Scenarios" }

// SetSize implements common.Screen.
func (l *List) SetSize(w, h int) { l.width, l.height = w, h }

// Selected returns the scenario under the cursor.
func (l *List) Selected() scenario.Spec { return l.specs[l.cursor] }

// Update implements common.Screen.
func (l *List) Update(msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || len(l.specs) == 0 {
		return nil
	}
	switch {
	case key.Matches(kp, l.keys.Up):
		l.cursor = max(0, l.cursor-1)
	case key.Matches(kp, l.keys.Down):
		l.cursor = min(len(l.specs)-1, l.cursor+1)
	case key.Matches(kp, l.keys.Open):
		spec := l.Selected()
		p := NewPlayer(l.ctx, spec, spec.Defaults(), 1)
		p.cmp = l.cmp
		return common.Open(p)
	case key.Matches(kp, l.keys.Back):
		return common.Back
	}
	return nil
}

// rowHeight is the lines one scenario takes: title line, summary line.
const rowHeight = 2

// View implements common.Screen.
func (l *List) View() string {
	st := l.ctx.Styles
	// The selected scenario's summary is wrapped in full; the others keep
	// one line each and are cut to the width.
	summary := strings.Split(textwrap.Wrap(l.specs[l.cursor].Summary, max(1, l.width-2), ""), "\n")
	visible := max(1, (l.height-len(summary)+1)/rowHeight)
	first := max(0, min(l.cursor-visible/2, len(l.specs)-visible))
	var b strings.Builder
	for i := first; i < len(l.specs) && i < first+visible; i++ {
		s := l.specs[i]
		marker, title := "  ", st.List.Item.Render(s.Title)
		if i == l.cursor {
			marker, title = st.List.Selected.Render("› "), st.List.Selected.Render(s.Title)
		}
		line := marker + title
		right := st.List.Meta.Render(fmt.Sprintf("%s · %.0f s · %d parameters", s.Name, s.Duration.Seconds(), len(s.Params)))
		if n := len(s.Challenges()); n > 0 {
			met := 0
			for _, c := range s.Challenges() {
				if l.ctx.Progress.Solved(s.Name, c.ID) {
					met++
				}
			}
			right += st.List.Meta.Render(fmt.Sprintf(" · %d/%d challenges", met, n))
			if met == n {
				right += st.List.Done.Render(" ✓")
			}
		}
		if gap := l.width - lipgloss.Width(line) - lipgloss.Width(right); gap >= 2 {
			line += strings.Repeat(" ", gap) + right
		}
		b.WriteString(line + "\n")
		if i == l.cursor {
			for _, part := range summary {
				b.WriteString("  " + st.List.Meta.Render(part) + "\n")
			}
			continue
		}
		b.WriteString("  " + st.List.Meta.Render(s.Summary) + "\n")
	}
	return common.Fit(strings.TrimRight(b.String(), "\n"), l.width, l.height)
}

// ShortHelp implements help.KeyMap.
func (l *List) ShortHelp() []key.Binding {
	return []key.Binding{l.keys.Up, l.keys.Down, l.keys.Open, l.keys.Back}
}

// FullHelp implements help.KeyMap.
func (l *List) FullHelp() [][]key.Binding {
	return [][]key.Binding{{l.keys.Up, l.keys.Down}, {l.keys.Open, l.keys.Back}}
}
