package sshserver

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// heard is a model that keeps the messages it is given.
type heard struct{ msgs []tea.Msg }

func (h *heard) Init() tea.Cmd { return nil }
func (h *heard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	h.msgs = append(h.msgs, msg)
	return h, nil
}
func (h *heard) View() tea.View { return tea.NewView("") }

func TestStudentsCtrlVNeverReadsTheServersClipboard(t *testing.T) {
	h := &heard{}
	r := newRecorder(10, 2)
	term := newTerminal(r, (&lineCaches{}).of(colorprofile.TrueColor))
	defer term.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := &screenLoop{ctx: ctx, cancel: cancel, model: h, term: term, msgs: make(chan tea.Msg)}
	l.update(tea.KeyPressMsg{Code: 'v', Mod: tea.ModCtrl})
	l.update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	l.update(tea.PasteMsg{Content: "pasted"})
	if len(h.msgs) != 2 || h.msgs[0].(tea.KeyPressMsg).String() != "a" {
		t.Errorf("the model heard %v; want the a and the paste, not ctrl+v", h.msgs)
	}
}
