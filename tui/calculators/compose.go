package calculators

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/calc"
	"faultline/internal/blockedit"
	"faultline/tui/common"
)

// Preset is a system from the course, loaded by a digit key.
type Preset struct {
	// Key is the digit that loads it, Name what it shows, Expr the system.
	Key, Name, Expr string
}

// Presets are the composer's systems from the course.
var Presets = []Preset{
	{"1", "LB → 2× web → DB", "lb:99.99 * (web:99.9 | web:99.9) * db:99.95"},
	{"2", "2-of-3 quorum", "2of3(db:99.9)"},
	{"3", "five services in a chain", "s1:99.9 * s2:99.9 * s3:99.9 * s4:99.9 * s5:99.9"},
}

// What the edit field is editing.
const (
	editNone = iota
	editName
	editAvailability
)

// Focus positions of the composer.
const (
	focusExpr = iota
	focusDiagram
)

// Compose is the composition calculator: a system typed as an expression
// or built key by key on its reliability block diagram, with its composite
// availability, nines and yearly downtime.
type Compose struct {
	ctx           *common.Context
	keys          KeyMap
	expr, edit    textinput.Model
	editing       int
	focus         int
	sys           calc.Block
	leaves        []blockedit.Path
	sel           int
	exprErr       error
	note          string
	noteErr       bool
	scroll        int
	width, height int
	// drawn and summary are the diagram and the figures of sys, redrawn
	// only when sys changes.
	drawn   *canvas
	summary string
	// typed counts the edits of the expression field; a system computed
	// in the background is shown only if no edit came after it (the
	// latest input wins). computing is set while one is under way.
	typed     int
	computing bool
	// sim is the simulation of the system on screen, if one was asked for.
	sim simulation
	// committed is the system set by the diagram keys, a preset or the
	// last valid expression before the present run of typing; while the
	// expression is invalid the composer shows it, not a valid prefix
	// such as "0" typed on the way to "0of3(99)". typedShown says that
	// sys is a system typed since.
	committed  calc.Block
	typedShown bool
}

// heavyDigits is the size of exact numbers (calc.Block.Digits) past which
// a typed system is computed by a command instead of inside Update, so
// that typing never freezes the screen.
const heavyDigits = 2000

// computedMsg carries a system computed in the background: its diagram
// (with the availability of every group) and its availability.
type computedMsg struct {
	typed int
	sys   calc.Block
	drawn canvas
	a     calc.Availability
}

// compute returns the command that computes sys for the edit typed.
func compute(typed int, sys calc.Block) tea.Cmd {
	return func() tea.Msg {
		return computedMsg{typed: typed, sys: sys, drawn: diagram(sys), a: sys.Availability()}
	}
}

// NewCompose returns the composer showing expr (the first preset when
// empty or invalid), with the diagram focused.
func NewCompose(ctx *common.Context, expr string) *Compose {
	m := &Compose{ctx: ctx, keys: DefaultKeyMap(),
		expr: newField("e.g. lb:99.99 * (web:99.9 | web:99.9)", ""),
		edit: newField("", ""), focus: focusDiagram}
	m.expr.CharLimit = 1000
	b, err := calc.ParseExpr(expr)
	if err != nil {
		b, _ = calc.ParseExpr(Presets[0].Expr)
	}
	m.setSystem(b)
	return m
}

// Init implements common.Screen.
func (m *Compose) Init() tea.Cmd { return nil }

// Title implements common.Screen.
func (m *Compose) Title() string { return "Composition" }

// SetSize implements common.Screen.
func (m *Compose) SetSize(w, h int) {
	m.width, m.height = w, h
	m.expr.SetWidth(max(1, w-labelWidth-3))
	m.edit.SetWidth(fieldWidth(w))
}

// Field implements common.Fields: the expression (0) or the diagram (1).
func (m *Compose) Field() (i, n int) { return m.focus, 2 }

// FocusField implements common.Fields: the typed expression, if valid,
// becomes the system shown when the focus leaves it.
func (m *Compose) FocusField(i int) tea.Cmd {
	m.focus = min(max(i, focusExpr), focusDiagram)
	if m.exprErr == nil {
		m.committed, m.typedShown = m.sys, false
	}
	if m.focus == focusExpr {
		return m.expr.Focus()
	}
	m.expr.Blur()
	return nil
}

// Capturing implements common.Capturing: true while a text field has the focus.
func (m *Compose) Capturing() bool { return m.focus == focusExpr || m.editing != editNone }

// System returns the system shown (the last valid one while the expression
// field holds an invalid one).
func (m *Compose) System() calc.Block { return m.sys }

// Expression returns the text of the expression field.
func (m *Compose) Expression() string { return m.expr.Value() }

// Selected returns the path of the selected component.
func (m *Compose) Selected() blockedit.Path { return m.leaves[m.sel] }

// Note returns the last message: a what-if result or a refused edit.
func (m *Compose) Note() string { return m.note }

// setSystem shows b and writes it into the expression field.
func (m *Compose) setSystem(b calc.Block) {
	m.sys, m.committed, m.typedShown = b, b, false
	m.expr.SetValue(b.String())
	m.expr.CursorEnd()
	m.exprErr = nil
	m.relist()
}

func (m *Compose) relist() {
	m.drawn, m.summary = nil, ""
	m.forgetSimulation()
	m.leaves = blockedit.Leaves(m.sys)
	m.sel = max(0, min(m.sel, len(m.leaves)-1))
}

// selectPath selects the component at p, if it is one.
func (m *Compose) selectPath(p blockedit.Path) {
	for i, l := range m.leaves {
		if slices.Equal(l, p) {
			m.sel = i
		}
	}
}

func (m *Compose) setNote(s string, isErr bool) { m.note, m.noteErr = s, isErr }

// Update implements common.Screen.
func (m *Compose) Update(msg tea.Msg) tea.Cmd {
	kp, isKey := msg.(tea.KeyPressMsg)
	computed, isComputed := msg.(computedMsg)
	if sm, ok := msg.(simulatedMsg); ok {
		m.simulated(sm)
		return nil
	}
	switch {
	case isComputed:
		if computed.typed == m.typed {
			m.sys, m.computing, m.typedShown = computed.sys, false, true
			m.relist()
			m.drawn = &computed.drawn
			m.summary = m.summaryOf(computed.a)
		}
		return nil
	case m.editing != editNone:
		return m.updateEdit(msg)
	case isKey && key.Matches(kp, m.keys.Back):
		return common.Back
	case isKey && (key.Matches(kp, m.keys.Next) || key.Matches(kp, m.keys.Prev)):
		return m.FocusField(1 - m.focus)
	case m.focus == focusExpr && isKey && key.Matches(kp, m.keys.Confirm):
		// enter ends the typing, as in a form: the diagram takes the keys
		// again, so s simulates the system just typed. An expression that
		// does not parse keeps the field, its error in view.
		if m.exprErr != nil {
			return nil
		}
		return m.FocusField(focusDiagram)
	case m.focus == focusExpr:
		cmd, changed := updateField(&m.expr, msg)
		if !changed {
			return cmd
		}
		m.typed++
		m.computing = false
		m.setNote("", false) // a what-if about an earlier system no longer applies
		b, err := calc.ParseExpr(m.expr.Value())
		switch {
		case err != nil:
			m.exprErr = err
			if m.typedShown {
				m.sys, m.typedShown = m.committed, false
				m.relist()
			}
		case b.Digits() > heavyDigits:
			m.exprErr, m.computing = nil, true
			return tea.Batch(cmd, compute(m.typed, b))
		default:
			m.sys, m.exprErr, m.typedShown = b, nil, true
			m.relist()
		}
		return cmd
	case isKey:
		return m.diagramKey(kp)
	}
	return nil
}

// diagramKey applies a key pressed while the diagram has the focus.
func (m *Compose) diagramKey(kp tea.KeyPressMsg) tea.Cmd {
	sel := m.leaves[m.sel]
	name := "the selected block"
	if c, ok := blockedit.At(m.sys, sel); ok && c.Name != "" {
		name = c.Name
	}
	// apply makes an edit and says what it bought or cost, so every change
	// to the diagram is also a "what if".
	apply := func(what string, b calc.Block, err error) {
		if err != nil {
			m.setNote(err.Error(), true)
			return
		}
		before := m.sys.Availability()
		m.setSystem(b)
		m.setNote(gain(what, before, b.Availability()), false)
	}
	switch {
	case key.Matches(kp, m.keys.Left):
		m.sel = max(0, m.sel-1)
	case key.Matches(kp, m.keys.Right):
		m.sel = min(len(m.leaves)-1, m.sel+1)
	case key.Matches(kp, m.keys.Add):
		c := calc.NewComponent(blockedit.NewName(m.sys), calc.MustParseAvailability("99.9"))
		b, p := blockedit.AddSerial(m.sys, sel, c)
		apply("Adding "+c.Name+" in series", b, nil)
		m.selectPath(p)
	case key.Matches(kp, m.keys.Replica):
		b, err := blockedit.AddReplica(m.sys, sel)
		apply("A parallel replica of "+name, b, err)
	case key.Matches(kp, m.keys.Delete):
		b, err := blockedit.Delete(m.sys, sel)
		apply("Removing "+name, b, err)
	case key.Matches(kp, m.keys.KofN):
		b, err := blockedit.MarkKofN(m.sys, sel)
		apply("k-of-n around "+name, b, err)
	case key.Matches(kp, m.keys.Rename):
		c, _ := blockedit.At(m.sys, sel)
		return m.startEdit(editName, c.Name)
	case key.Matches(kp, m.keys.Edit):
		c, _ := blockedit.At(m.sys, sel)
		return m.startEdit(editAvailability, c.A.Percent())
	case key.Matches(kp, m.keys.More):
		m.whatIf(blockedit.AddRedundancy, "One more copy of")
	case key.Matches(kp, m.keys.Less):
		m.whatIf(blockedit.RemoveRedundancy, "One copy fewer of")
	case key.Matches(kp, m.keys.Simulate):
		return m.startSimulation()
	case key.Matches(kp, m.keys.CommonCause):
		m.sim.beta = (m.sim.beta + 1) % len(m.causes())
		return m.startSimulation()
	case key.Matches(kp, m.keys.CommonCauseBack):
		n := len(m.causes())
		m.sim.beta = (m.sim.beta + n - 1) % n
		return m.startSimulation()
	case key.Matches(kp, m.keys.Shared):
		m.sim.shared = (m.sim.shared + 1) % len(m.deps())
		return m.startSimulation()
	case key.Matches(kp, m.keys.Presets):
		p := Presets[common.Index(kp, m.keys.Presets)]
		b, _ := calc.ParseExpr(p.Expr)
		m.sel = 0
		m.setNote("Preset: "+p.Name+".", false)
		m.setSystem(b)
	}
	return nil
}

// whatIf applies a redundancy change and says what it bought or cost.
func (m *Compose) whatIf(change func(calc.Block) (calc.Block, blockedit.Path, error), what string) {
	b, p, err := change(m.sys)
	if err != nil {
		m.setNote(err.Error(), true)
		return
	}
	stage, _ := blockedit.At(m.sys, p)
	name := stage.String()
	before := m.sys.Availability()
	m.setSystem(b)
	m.setNote(gain(what+" "+name, before, b.Availability()), false)
}

func (m *Compose) startEdit(what int, value string) tea.Cmd {
	m.editing = what
	m.edit.SetValue(value)
	m.edit.CursorEnd()
	m.setNote("", false)
	return m.edit.Focus()
}

// updateEdit handles keys while renaming or setting an availability.
func (m *Compose) updateEdit(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, m.keys.Cancel):
			m.editing = editNone
			m.edit.Blur()
			return nil
		case key.Matches(kp, m.keys.Confirm):
			sel := m.leaves[m.sel]
			var b calc.Block
			var err error
			if m.editing == editName {
				b, err = blockedit.Rename(m.sys, sel, m.edit.Value())
			} else {
				var a calc.Availability
				if a, err = calc.ParseAvailability(m.edit.Value()); err == nil {
					b, err = blockedit.SetAvailability(m.sys, sel, a)
				}
			}
			if err != nil {
				m.setNote(err.Error(), true)
				return nil
			}
			m.editing = editNone
			m.edit.Blur()
			m.setNote("", false)
			m.setSystem(b)
			return nil
		}
	}
	cmd, _ := updateField(&m.edit, msg)
	return cmd
}

// editLabel names what the edit field is editing.
func (m *Compose) editLabel() string {
	if m.editing == editName {
		return "Name"
	}
	return "Availability"
}
