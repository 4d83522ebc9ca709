package calculators

import (
	"fmt"
	"math"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/calc"
	"faultline/tui/common"
	"faultline/tui/components/ninestable"
)

// MTBF is the MTBF / MTTR calculator: two durations in, the steady-state
// availability out, with what halving MTTR or doubling MTBF would give.
type MTBF struct {
	ctx              *common.Context
	keys             KeyMap
	mtbf, mttr       textinput.Model
	focus            int
	rows             []calc.Row
	mtbfErr, mttrErr error
	width, height    int
}

// NewMTBF returns the calculator with two durations such as "30d" and "4h";
// empty values give 30d and 4h.
func NewMTBF(ctx *common.Context, mtbf, mttr string) *MTBF {
	if mtbf == "" {
		mtbf = "30d"
	}
	if mttr == "" {
		mttr = "4h"
	}
	m := &MTBF{ctx: ctx, keys: DefaultKeyMap(),
		mtbf: newField("e.g. 30d", mtbf), mttr: newField("e.g. 4h", mttr)}
	m.mtbf.Focus()
	m.recompute()
	return m
}

// Init implements common.Screen.
func (m *MTBF) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *MTBF) Title() string { return "MTBF / MTTR" }

// SetSize implements common.Screen.
func (m *MTBF) SetSize(w, h int) {
	m.width, m.height = w, h
	m.mtbf.SetWidth(fieldWidth(w))
	m.mttr.SetWidth(fieldWidth(w))
}

// Capturing implements common.Capturing: a field always has the focus.
func (m *MTBF) Capturing() bool { return true }

// Rows returns the figures shown: as given, with MTTR halved and with MTBF
// doubled, the last valid ones when the input is not.
func (m *MTBF) Rows() []calc.Row { return m.rows }

// Err returns the first input error, or nil.
func (m *MTBF) Err() error {
	if m.mtbfErr != nil {
		return m.mtbfErr
	}
	return m.mttrErr
}

// WhatIf returns the rows of calc.WhatIfMTBF for mtbf and mttr,
// labelled for the table.
func WhatIf(mtbf, mttr time.Duration) ([]calc.Row, error) {
	cases, err := calc.WhatIfMTBF(mtbf, mttr)
	if err != nil {
		return nil, err
	}
	rows := make([]calc.Row, len(cases))
	for i, c := range cases {
		rows[i] = calc.NewRow(c.Label+" "+c.A.String(), c.A, nil)
	}
	return rows, nil
}

func (m *MTBF) recompute() {
	mtbf, err1 := calc.ParseDuration(m.mtbf.Value())
	mttr, err2 := calc.ParseDuration(m.mttr.Value())
	m.mtbfErr, m.mttrErr = err1, err2
	if err1 != nil || err2 != nil {
		return
	}
	rows, err := WhatIf(mtbf, mttr)
	if err != nil {
		m.mtbfErr = err
		return
	}
	m.rows = rows
}

// Field implements common.Fields: which of the two fields has the focus.
func (m *MTBF) Field() (i, n int) { return m.focus, 2 }

// FocusField implements common.Fields.
func (m *MTBF) FocusField(i int) tea.Cmd {
	m.focus = min(max(i, 0), 1)
	return focusTo([]*textinput.Model{&m.mtbf, &m.mttr}, m.focus)
}

// Update implements common.Screen.
func (m *MTBF) Update(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, m.keys.Back):
			return common.Back
		case key.Matches(kp, m.keys.Next), key.Matches(kp, m.keys.Prev):
			m.focus = 1 - m.focus
			return focusTo([]*textinput.Model{&m.mtbf, &m.mttr}, m.focus)
		}
	}
	in := &m.mtbf
	if m.focus == 1 {
		in = &m.mttr
	}
	cmd, changed := updateField(in, msg)
	if changed {
		m.recompute()
	}
	return cmd
}

// View implements common.Screen.
func (m *MTBF) View() string {
	st := m.ctx.Styles
	var b strings.Builder
	b.WriteString(fieldRow(st, "MTBF", m.mtbf, m.mtbfErr, "mean up time between failures (MTTF), e.g. 30d", m.width))
	b.WriteString("\n")
	b.WriteString(fieldRow(st, "MTTR", m.mttr, m.mttrErr, "mean time to repair, e.g. 4h or 45m", m.width))
	b.WriteString("\n\n")
	if len(m.rows) == 0 {
		return common.Fit(b.String(), m.width, m.height)
	}
	res := st
	if m.Err() != nil {
		res = dimmed(st)
		b.WriteString(st.App.Dim.Render("Last valid result:") + "\n")
	} else {
		b.WriteString(wrap("Steady-state availability = MTBF / (MTBF + MTTR) = "+res.App.Title.Render(m.rows[0].A.String())+
			", "+calc.NinesText(m.rows[0].A)+" nines.", m.width) + "\n")
	}
	b.WriteString(ninestable.Render(m.rows, &res, ninestable.Options{Emphasis: 0, MaxWidth: m.width}))
	b.WriteString("\n\n")
	base := m.rows[0].A
	for i, what := range []string{"Halving MTTR", "Doubling MTBF"} {
		b.WriteString(wrap(gain(what, base, m.rows[i+1].A), m.width) + "\n")
	}
	b.WriteString(res.App.Dim.Render(wrap("Both change only the ratio MTTR / MTBF, so both give the same availability.", m.width)))
	return common.Fit(b.String(), m.width, m.height)
}

// gain describes moving from availability from to to: the change in nines
// and in yearly downtime.
func gain(what string, from, to calc.Availability) string {
	fn, ok1 := from.Nines()
	tn, ok2 := to.Nines()
	dn := "∞"
	if ok1 && ok2 {
		dn = fmt.Sprintf("%+.2f", tn-fn)
		if d := tn - fn; d != 0 && math.Abs(d) < 0.005 {
			dn = fmt.Sprintf("%+.4f", d) // a small gain still shows
		}
	}
	return fmt.Sprintf("%s: %s → %s, %s nines; yearly downtime %s → %s.", what, from, to, dn,
		from.DowntimeText(calc.Year.Length), to.DowntimeText(calc.Year.Length))
}

// ShortHelp implements help.KeyMap.
func (m *MTBF) ShortHelp() []key.Binding { return []key.Binding{m.keys.Next, m.keys.Prev, m.keys.Back} }

// FullHelp implements help.KeyMap.
func (m *MTBF) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
