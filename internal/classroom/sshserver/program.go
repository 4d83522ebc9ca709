package sshserver

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// drawn is a student's Bubble Tea model with its screen drawn by a
// terminal of ours: after every update, the view is handed to the
// terminal if it changed, and Bubble Tea's own renderer stays off.
type drawn struct {
	tea.Model
	term          *terminal
	width, height int
	last          termFrame
	shown         bool
}

// Update implements tea.Model: the model's update, then its view shown
// when it changed.
func (d *drawn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		d.width, d.height = size.Width, size.Height
	}
	m, cmd := d.Model.Update(msg)
	d.Model = m
	d.show()
	return d, cmd
}

// View implements tea.Model; Bubble Tea draws nothing of it.
func (d *drawn) View() tea.View { return tea.View{} }

// show hands the model's view to the terminal when it differs from the
// last one shown.
func (d *drawn) show() {
	if d.width <= 0 || d.height <= 0 {
		return
	}
	v := d.Model.View()
	f := termFrame{content: v.Content, title: v.WindowTitle, cursorX: -1, width: d.width, height: d.height}
	if v.Cursor != nil {
		f.cursorX, f.cursorY = v.Cursor.X, v.Cursor.Y
	}
	if d.shown && f == d.last {
		return
	}
	d.last, d.shown = f, true
	d.term.Show(f)
}

// queries are the terminal queries a model may ask for, by the command's
// message, with the sequence that asks the terminal. They are written at
// once: Bubble Tea, with its renderer off, would send them only on its
// next frame tick.
var queries = []struct {
	msg tea.Msg
	seq string
}{
	{tea.RequestBackgroundColor(), ansi.RequestBackgroundColor},
	{tea.RequestForegroundColor(), ansi.RequestForegroundColor},
	{tea.RequestCursorColor(), ansi.RequestCursorColor},
}

// studentProgram is the Bubble Tea program of one session, with input
// from the session and the screen drawn by the terminal it returns in
// the client's colour profile (the caller closes it once the program has
// ended). Bubble Tea's renderer is off; the tick it still runs only
// flushes what Bubble Tea writes itself (rarely anything), so once a
// second is enough.
func (s *Server) studentProgram(sess ssh.Session, m tea.Model) (*tea.Program, *terminal) {
	pty, _, _ := sess.Pty()
	env := append(sess.Environ(), "TERM="+pty.Term)
	profile := colorprofile.Env(env)
	term := newTerminal(sess, s.lines.of(profile))
	p := tea.NewProgram(&drawn{Model: m, term: term},
		tea.WithInput(sess),
		tea.WithOutput(term),
		tea.WithEnvironment(env),
		tea.WithColorProfile(profile),
		tea.WithWindowSize(pty.Window.Width, pty.Window.Height),
		tea.WithoutRenderer(),
		tea.WithFPS(1),
		tea.WithoutSignalHandler(),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			for _, q := range queries {
				if msg == q.msg { // a message of another type is never equal, comparable or not
					_, _ = term.Write([]byte(q.seq))
					return nil
				}
			}
			if _, ok := msg.(tea.SuspendMsg); ok {
				return tea.ResumeMsg{} // a session cannot be suspended
			}
			return msg
		}),
	)
	return p, term
}
