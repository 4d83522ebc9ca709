package calculators

import (
	"math"
	"strconv"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/calc"
	"faultline/tui/common"
)

// maxNudgeNines bounds the nines the nudge keys reach.
const maxNudgeNines = 9

// Nines is the nines ↔ downtime calculator: an availability in, the
// downtime it allows per period and a log-scale chart out, on every key.
type Nines struct {
	ctx           *common.Context
	keys          KeyMap
	avail, window textinput.Model
	focus         int
	a             calc.Availability
	win           *calc.Period
	aErr, wErr    error
	named         []string // the values a lesson's block names, shown beside the field's
	width, height int
}

// NewNines returns the calculator showing value (any form calc accepts),
// with an optional custom window such as "28d"; empty values give 99.95%.
func NewNines(ctx *common.Context, value, window string) *Nines {
	if value == "" {
		value = "99.95"
	}
	m := &Nines{ctx: ctx, keys: DefaultKeyMap(),
		avail:  newField("99.95, 99.95% or 4 nines", value),
		window: newField("optional, e.g. 28d", window),
		a:      calc.FromNines(3)}
	m.avail.Focus()
	m.recompute()
	return m
}

// Compare shows the table for every one of values (any form calc
// accepts; those it cannot read are left out) beside the field's value,
// as a lesson's block naming several availabilities asks. The field
// starts at the first.
func (m *Nines) Compare(values []string) { m.named = values }

// Rows returns the table's rows: each value Compare named, then the
// field's value unless it is one of them, and the index of the field's
// row.
func (m *Nines) Rows() ([]calc.Row, int) {
	field := m.Row()
	var rows []calc.Row
	at := -1
	for _, v := range m.named {
		a, err := calc.ParseAvailability(v)
		if err != nil {
			continue
		}
		if a.String() == m.a.String() && at < 0 {
			at = len(rows)
		}
		rows = append(rows, calc.NewRow(a.String(), a, m.win))
	}
	if at < 0 {
		at = len(rows)
		rows = append(rows, field)
	}
	return rows, at
}

// Init implements common.Screen.
func (m *Nines) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Nines) Title() string { return "Nines ↔ downtime" }

// SetSize implements common.Screen.
func (m *Nines) SetSize(w, h int) {
	m.width, m.height = w, h
	m.avail.SetWidth(fieldWidth(w))
	m.window.SetWidth(fieldWidth(w))
}

// Capturing implements common.Capturing: a field always has the focus.
func (m *Nines) Capturing() bool { return true }

// Row returns the figures shown: the last valid availability and window,
// as the row `faultline nines` prints for them.
func (m *Nines) Row() calc.Row { return calc.NewRow(m.a.String(), m.a, m.win) }

// Err returns the error of the availability field, or nil.
func (m *Nines) Err() error { return m.aErr }

// Value returns the text of the availability field.
func (m *Nines) Value() string { return m.avail.Value() }

func (m *Nines) recompute() {
	if a, err := calc.ParseAvailability(m.avail.Value()); err != nil {
		m.aErr = err
	} else {
		m.a, m.aErr = a, nil
	}
	m.win, m.wErr = nil, nil
	if s := m.window.Value(); s != "" {
		if w, err := calc.ParseWindow(s); err != nil {
			m.wErr = err
		} else {
			m.win = &w
		}
	}
}

// Field implements common.Fields: which of the two fields has the focus.
func (m *Nines) Field() (i, n int) { return m.focus, 2 }

// FocusField implements common.Fields.
func (m *Nines) FocusField(i int) tea.Cmd {
	m.focus = min(max(i, 0), 1)
	return focusTo([]*textinput.Model{&m.avail, &m.window}, m.focus)
}

// Update implements common.Screen.
func (m *Nines) Update(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, m.keys.Back):
			return common.Back
		case key.Matches(kp, m.keys.Next), key.Matches(kp, m.keys.Prev):
			m.focus = 1 - m.focus
			return focusTo([]*textinput.Model{&m.avail, &m.window}, m.focus)
		case key.Matches(kp, m.keys.TenthUp):
			m.nudge(0.1)
			return nil
		case key.Matches(kp, m.keys.TenthDown):
			m.nudge(-0.1)
			return nil
		case key.Matches(kp, m.keys.NineUp):
			m.nudge(1)
			return nil
		case key.Matches(kp, m.keys.NineDown):
			m.nudge(-1)
			return nil
		}
	}
	in := &m.avail
	if m.focus == 1 {
		in = &m.window
	}
	cmd, changed := updateField(in, msg)
	if changed {
		m.recompute()
	}
	return cmd
}

// nudge moves the availability by step nines, on a grid of tenths, and
// writes the result into the field as nines.
func (m *Nines) nudge(step float64) {
	m.avail.SetValue(NudgeNines(m.a, step))
	m.avail.CursorEnd()
	m.recompute()
}

// NudgeNines returns the availability step nines away from a, snapped to
// tenths of a nine and kept between 0 and 9 nines, written as calc reads
// it: "3.4 nines".
func NudgeNines(a calc.Availability, step float64) string {
	n, ok := a.Nines()
	if !ok {
		n = maxNudgeNines
	}
	n = math.Round((n+step)*10) / 10
	n = max(0, min(maxNudgeNines, n))
	return strconv.FormatFloat(n, 'f', -1, 64) + " nines"
}
