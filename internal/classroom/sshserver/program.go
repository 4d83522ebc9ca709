package sshserver

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// A student's screen runs its Bubble Tea model in a loop of our own
// rather than a tea.Program: a program's renderer ticks (at least once a
// second, even when off) and its input reader builds a table of key
// sequences, for each of 200 students. Here nothing runs while nothing
// happens: the loop waits for a key, a command's message or a resize,
// updates the model and hands its view to the session's terminal when
// it changed.

// screenLoop is the state of one student's loop.
type screenLoop struct {
	ctx    context.Context
	cancel context.CancelFunc
	model  tea.Model
	term   *terminal
	msgs   chan tea.Msg // commands' messages
	fail   func(panicked any)

	width, height int
	last          termFrame
	shown         bool
}

// queries are the terminal queries a model may ask for, by the command's
// message, with the sequence that asks the terminal.
var queries = []struct {
	msg tea.Msg
	seq string
}{
	{tea.RequestBackgroundColor(), ansi.RequestBackgroundColor},
	{tea.RequestForegroundColor(), ansi.RequestForegroundColor},
	{tea.RequestCursorColor(), ansi.RequestCursorColor},
}

// cmdsType is the type of a message made of commands: tea.Batch's, and
// tea.Sequence's (whose type Bubble Tea does not export).
var cmdsType = reflect.TypeFor[[]tea.Cmd]()

// runStudentScreen runs model m on sess until the model quits or the
// connection ends (the model hears of the lecture's end itself, to say
// goodbye), drawing it on sess in the client's colour profile. It
// returns once the screen is given back.
func (s *Server) runStudentScreen(sess ssh.Session, m tea.Model) {
	pty, resizes, _ := sess.Pty()
	profile := colorprofile.Env(append(sess.Environ(), "TERM="+pty.Term))
	term := newTerminal(sess, s.lines.of(profile))
	defer term.Close() // a panic too gives the screen back
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	l := &screenLoop{ctx: ctx, cancel: cancel, model: m, term: term, msgs: make(chan tea.Msg)}
	l.fail = func(r any) {
		s.log.Error("classroom: a student's command panicked", "remote", sess.RemoteAddr().String(),
			"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		cancel()
	}
	input := make(chan []byte)
	go readInput(ctx, sess, input)
	l.run(pty.Window.Width, pty.Window.Height, input, resizes)
}

// run is the loop: Init, then every message in turn until one quits.
func (l *screenLoop) run(width, height int, input <-chan []byte, resizes <-chan ssh.Window) {
	l.exec(l.model.Init())
	if l.update(tea.WindowSizeMsg{Width: width, Height: height}) {
		return
	}
	var keys keyDecoder
	esc := escTimer()
	defer esc.Stop()
	for {
		var msgs []tea.Msg
		select {
		case <-l.ctx.Done():
			return
		case msg := <-l.msgs:
			msgs = []tea.Msg{msg}
		case w, ok := <-resizes:
			if !ok {
				resizes = nil
				continue
			}
			msgs = []tea.Msg{tea.WindowSizeMsg{Width: w.Width, Height: w.Height}}
		case b, ok := <-input:
			if !ok {
				input = nil // the client sends no more; the session may still watch
				continue
			}
			esc.Stop()
			msgs = keys.feed(b, false)
			if keys.waiting() {
				esc.Reset(escTimeout)
			}
		case <-esc.C:
			msgs = keys.feed(nil, true)
		}
		for _, msg := range msgs {
			if l.update(msg) {
				return
			}
		}
	}
}

// update gives msg to the model, runs the command it returns and shows
// the view if it changed; it reports whether the model quit.
func (l *screenLoop) update(msg tea.Msg) (quit bool) {
	switch msg := msg.(type) {
	case nil:
		return false
	case tea.QuitMsg, tea.InterruptMsg:
		return true
	case tea.SuspendMsg:
		return false // a session cannot be suspended
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+v" {
			// A text field's ctrl+v pastes from the clipboard of the
			// machine it runs on: here the presenter's. A student pastes
			// with their terminal's paste, which arrives as a paste.
			return false
		}
	case tea.WindowSizeMsg:
		l.width, l.height = msg.Width, msg.Height
	}
	for _, q := range queries {
		if msg == q.msg { // a message of another type is never equal, comparable or not
			_, _ = l.term.Write([]byte(q.seq))
			return false
		}
	}
	if v := reflect.ValueOf(msg); v.Type().ConvertibleTo(cmdsType) && v.Kind() == reflect.Slice {
		cmds := v.Convert(cmdsType).Interface().([]tea.Cmd)
		if _, batch := msg.(tea.BatchMsg); batch {
			for _, c := range cmds {
				l.exec(c)
			}
		} else {
			l.sequence(cmds)
		}
		return false
	}
	m, cmd := l.model.Update(msg)
	l.model = m
	l.exec(cmd)
	l.show()
	return false
}

// show hands the model's view to the terminal when it changed.
func (l *screenLoop) show() {
	if l.width <= 0 || l.height <= 0 {
		return
	}
	v := l.model.View()
	f := termFrame{content: v.Content, title: v.WindowTitle, cursorX: -1, width: l.width, height: l.height}
	if v.Cursor != nil {
		f.cursorX, f.cursorY = v.Cursor.X, v.Cursor.Y
	}
	if l.shown && f == l.last {
		return
	}
	l.last, l.shown = f, true
	l.term.Show(f)
}

// exec runs cmd on a goroutine of its own and hands its message to the
// loop.
func (l *screenLoop) exec(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		defer l.recover()
		l.send(cmd())
	}()
}

// sequence runs cmds one after the other, handing each message to the
// loop before the next command runs.
func (l *screenLoop) sequence(cmds []tea.Cmd) {
	go func() {
		defer l.recover()
		for _, c := range cmds {
			if c != nil {
				l.send(c())
			}
		}
	}()
}

// send hands msg to the loop unless the session ended.
func (l *screenLoop) send(msg tea.Msg) {
	if msg == nil {
		return
	}
	select {
	case l.msgs <- msg:
	case <-l.ctx.Done():
	}
}

// recover ends the session of a command that panicked, not the server.
func (l *screenLoop) recover() {
	if r := recover(); r != nil {
		l.fail(r)
	}
}

// readInput sends what the client types to out, in the pieces it
// arrives in, until the session's input ends; it then closes out.
func readInput(ctx context.Context, r io.Reader, out chan<- []byte) {
	defer close(out)
	for {
		buf := make([]byte, 256)
		n, err := r.Read(buf)
		if n > 0 {
			select {
			case out <- buf[:n]:
			case <-ctx.Done():
				return
			}
		}
		if err != nil {
			return
		}
	}
}
