package app

import (
	"reflect"
	"time"

	tea "charm.land/bubbletea/v2"
)

// A key that opens a screen does not open it: the screen returns a
// command (common.Open and the like), and Bubble Tea runs it on a
// goroutine of its own, after the keys already typed. Typed quickly,
// "3 enter" on home would open the calculators and then give enter to
// home again, opening them twice. So the command of a key is followed:
// keys that arrive before it answers wait in held, and are given to the
// screens after its message, in the order they were typed. A command
// slow to answer (a timer, a long run) holds no key longer than
// settleWait. Keys typed into a text field are not held: there every key
// returns the cursor's blink, and typing must not lag.
const settleWait = 50 * time.Millisecond

// maxHeld bounds the keys that wait; more are dropped, oldest kept.
const maxHeld = 256

// settledMsg carries the message of a followed command back to the root.
type settledMsg struct {
	msg tea.Msg
	gen uint64
}

// slowMsg says a followed command did not answer within settleWait; rest
// yields its message when it does.
type slowMsg struct {
	rest tea.Cmd
	gen  uint64
}

// follow returns cmd, followed: held keys wait for it.
func (m *Model) follow(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	if m.settling == 0 {
		m.gen++
	}
	m.settling++
	return follow(cmd, m.gen)
}

func follow(cmd tea.Cmd, gen uint64) tea.Cmd {
	return func() tea.Msg {
		answer := make(chan tea.Msg, 1)
		go func() { answer <- cmd() }()
		timer := time.NewTimer(settleWait)
		defer timer.Stop()
		select {
		case msg := <-answer:
			return settledMsg{msg: msg, gen: gen}
		case <-timer.C:
			return slowMsg{rest: func() tea.Msg { return <-answer }, gen: gen}
		}
	}
}

// settled takes the message of a followed command: a batch's commands
// are followed in turn; the root's and the screens' messages are handled
// at once, before any held key; the program's own (quitting, sequences,
// requests to the terminal) go back to it. Held keys go once nothing
// followed is outstanding.
func (m *Model) settled(msg settledMsg) tea.Cmd {
	if msg.gen != m.gen || m.settling == 0 {
		return m.handle(msg.msg)
	}
	m.settling--
	if batch, ok := msg.msg.(tea.BatchMsg); ok {
		cmds := make([]tea.Cmd, 0, len(batch))
		for _, c := range batch {
			if c != nil {
				m.settling++
				cmds = append(cmds, follow(c, m.gen))
			}
		}
		return tea.Batch(append(cmds, m.release())...)
	}
	return tea.Batch(m.handle(msg.msg), m.release())
}

// slow lets held keys go while a followed command is still running.
func (m *Model) slow(msg slowMsg) tea.Cmd {
	if msg.gen == m.gen && m.settling > 0 {
		m.settling--
	}
	return tea.Batch(msg.rest, m.release())
}

// handle gives msg to the root now, or back to the program when it is one
// of the program's own messages.
func (m *Model) handle(msg tea.Msg) tea.Cmd {
	switch {
	case msg == nil:
		return nil
	case reflect.TypeOf(msg).PkgPath() == teaPkg:
		return func() tea.Msg { return msg }
	}
	_, cmd := m.Update(msg)
	return cmd
}

var teaPkg = reflect.TypeFor[tea.QuitMsg]().PkgPath()

// hold keeps k until the keys before it have had their effect.
func (m *Model) hold(k tea.KeyPressMsg) {
	if len(m.held) < maxHeld {
		m.held = append(m.held, k)
	}
}

// holding reports whether a key typed now must wait.
func (m *Model) holding() bool { return m.loading() || m.settling > 0 }

// release gives the held keys to the screens, in order, until one of them
// starts a command that is followed in its turn.
func (m *Model) release() tea.Cmd {
	var cmds []tea.Cmd
	for len(m.held) > 0 && !m.holding() {
		k := m.held[0]
		m.held = m.held[1:]
		_, cmd := m.Update(k)
		cmds = append(cmds, cmd)
	}
	if len(m.held) == 0 {
		m.held = nil
	}
	return tea.Batch(cmds...)
}
