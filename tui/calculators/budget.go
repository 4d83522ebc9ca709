package calculators

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/calc"
	"faultline/tui/common"
	"faultline/tui/components/ninestable"
)

// Focus positions of the budget calculator.
const (
	budgetField = iota
	budgetPicker
	budgetWindow
)

// Budget is the budget → availability calculator: a downtime budget over a
// period in, the availability and nines it allows out.
type Budget struct {
	ctx            *common.Context
	keys           KeyMap
	budget, window textinput.Model
	period         int // index into StandardPeriods, or len(…) for the custom window
	focus          int
	a              calc.Availability
	err            error
	errAt          int // the focus position whose field the error belongs to
	width, height  int
}

// NewBudget returns the calculator with a budget such as "5m" over the
// standard period or custom window per (default "month").
func NewBudget(ctx *common.Context, budget, per string) *Budget {
	if budget == "" {
		budget = "5m"
	}
	m := &Budget{ctx: ctx, keys: DefaultKeyMap(),
		budget: newField("e.g. 5m, 52m34s, 4h", budget),
		window: newField("e.g. 28d", ""),
		period: 2}
	if per != "" {
		m.period = len(calc.StandardPeriods())
		for i, p := range calc.StandardPeriods() {
			if p.Name == per {
				m.period = i
			}
		}
		if m.period == len(calc.StandardPeriods()) {
			m.window.SetValue(per)
		}
	}
	m.budget.Focus()
	m.recompute()
	return m
}

// Init implements common.Screen.
func (m *Budget) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Budget) Title() string { return "Budget → availability" }

// SetSize implements common.Screen.
func (m *Budget) SetSize(w, h int) {
	m.width, m.height = w, h
	m.budget.SetWidth(fieldWidth(w))
	m.window.SetWidth(fieldWidth(w))
}

// Capturing implements common.Capturing: true while a text field has the focus.
func (m *Budget) Capturing() bool { return m.focus != budgetPicker }

// Period returns the period picked, or the custom window and whether it is valid.
func (m *Budget) Period() (calc.Period, error) {
	ps := calc.StandardPeriods()
	if m.period < len(ps) {
		return ps[m.period], nil
	}
	return calc.ParseWindow(m.window.Value())
}

// Result returns the availability the budget allows and the error, if any;
// on error the availability is the last valid one.
func (m *Budget) Result() (calc.Availability, error) { return m.a, m.err }

func (m *Budget) recompute() {
	m.errAt = budgetField
	d, err := calc.ParseDuration(m.budget.Value())
	if err != nil {
		m.err = err
		return
	}
	p, err := m.Period()
	if err != nil {
		m.err, m.errAt = err, budgetWindow
		return
	}
	a, err := calc.FromBudget(d, p)
	if err != nil {
		m.err = err
		return
	}
	m.a, m.err = a, nil
}

// stops returns how many focus positions there are: the window field only
// when the custom window is picked.
func (m *Budget) stops() int {
	if m.period == len(calc.StandardPeriods()) {
		return 3
	}
	return 2
}

// Update implements common.Screen.
func (m *Budget) Update(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, m.keys.Back):
			return common.Back
		case key.Matches(kp, m.keys.Next):
			return m.setFocus((m.focus + 1) % m.stops())
		case key.Matches(kp, m.keys.Prev):
			return m.setFocus((m.focus + m.stops() - 1) % m.stops())
		}
		if m.focus == budgetPicker {
			n := len(calc.StandardPeriods()) + 1
			switch {
			case key.Matches(kp, m.keys.PeriodPrev):
				m.period = (m.period + n - 1) % n
			case key.Matches(kp, m.keys.PeriodNext):
				m.period = (m.period + 1) % n
			}
			m.recompute()
			return nil
		}
	}
	in := &m.budget
	if m.focus == budgetWindow {
		in = &m.window
	}
	cmd, changed := updateField(in, msg)
	if changed {
		m.recompute()
	}
	return cmd
}

func (m *Budget) setFocus(i int) tea.Cmd {
	m.focus = i
	fields := []*textinput.Model{&m.budget, nil, &m.window}
	var cmd tea.Cmd
	for j, f := range fields {
		switch {
		case f == nil:
		case j == i:
			cmd = f.Focus()
		default:
			f.Blur()
		}
	}
	return cmd
}

// View implements common.Screen.
func (m *Budget) View() string {
	st := m.ctx.Styles
	var b strings.Builder
	errFor := func(at int) error {
		if m.errAt == at {
			return m.err
		}
		return nil
	}
	b.WriteString(fieldRow(st, "Budget", m.budget, errFor(budgetField), "downtime you can afford, e.g. 5m or 4h 22m", m.width))
	b.WriteString("\n")
	b.WriteString(st.Table.Label.UnsetPadding().Width(labelWidth).Render("Per"))
	if m.focus == budgetPicker {
		b.WriteString("› ") // the same mark as a focused field, visible without colour
	} else {
		b.WriteString("  ")
	}
	names := []string{}
	for _, p := range calc.StandardPeriods() {
		names = append(names, p.Name)
	}
	names = append(names, "custom")
	for i, n := range names {
		switch {
		case i == m.period && m.focus == budgetPicker:
			b.WriteString(st.List.Selected.Render("[" + n + "]"))
		case i == m.period:
			b.WriteString(st.List.Item.Render("[" + n + "]"))
		default:
			b.WriteString(st.App.Dim.Render(" " + n + " "))
		}
		b.WriteString(" ")
	}
	b.WriteString("\n")
	if m.period == len(calc.StandardPeriods()) {
		b.WriteString(fieldRow(st, "Window", m.window, errFor(budgetWindow), "a custom window, e.g. 28d", m.width))
		b.WriteString("\n")
	}
	b.WriteString("\n")
	res := st
	if m.err != nil {
		res = dimmed(st)
		b.WriteString(st.App.Dim.Render("Last valid result:") + "\n")
	} else {
		d, _ := calc.ParseDuration(m.budget.Value())
		p, _ := m.Period()
		b.WriteString(wrap(fmt.Sprintf("A downtime budget of %s per %s allows %s: %s nines.",
			calc.FormatDuration(d), p.Name, res.App.Title.Render(m.a.String()), calc.NinesText(m.a)), m.width))
		b.WriteString("\n")
	}
	var window *calc.Period
	if p, err := m.Period(); err == nil && m.period == len(calc.StandardPeriods()) {
		window = &p
	}
	b.WriteString("\n")
	b.WriteString(ninestable.Render([]calc.Row{calc.NewRow(m.a.String(), m.a, window)}, &res, ninestable.Options{Emphasis: -1, MaxWidth: m.width}))
	return common.Fit(b.String(), m.width, m.height)
}

// ShortHelp implements help.KeyMap.
func (m *Budget) ShortHelp() []key.Binding {
	if m.focus == budgetPicker {
		return []key.Binding{m.keys.Next, m.keys.Prev, common.WithHelp(m.keys.PeriodPrev, "←/→", "period"), m.keys.Back}
	}
	return []key.Binding{m.keys.Next, m.keys.Prev, m.keys.Back}
}

// FullHelp implements help.KeyMap.
func (m *Budget) FullHelp() [][]key.Binding {
	if m.focus == budgetPicker {
		return [][]key.Binding{{m.keys.Next, m.keys.Prev, m.keys.PeriodPrev, m.keys.PeriodNext, m.keys.Back}}
	}
	return [][]key.Binding{m.ShortHelp()}
}
