package teatesting

import (
	"sync"

	tea "charm.land/bubbletea/v2"
)

// Background runs commands the way a running program does: each in its
// own goroutine, its messages handed over whenever they have arrived, so
// a test that wants timers to fire (a monkey test feeding a widget its
// frames) never waits on one, and loses nothing: a slow command's message
// is handed over later. Ticks and blinks are kept when KeepTicks is set;
// requests to the terminal are always left out.
type Background struct {
	// KeepTicks hands ticks and blinks over too.
	KeepTicks bool

	mu  sync.Mutex
	got []tea.Msg
}

// Go starts cmd, and the commands it batches or sequences.
func (b *Background) Go(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go b.run(cmd)
}

func (b *Background) run(cmd tea.Cmd) {
	msg := cmd()
	switch m := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range m {
			b.Go(c)
		}
		return
	}
	if seq, ok := sequence(msg); ok {
		for _, c := range seq {
			b.run(c)
		}
		return
	}
	if Dropped(msg) && !(b.KeepTicks && isTick(msg)) {
		return
	}
	b.mu.Lock()
	b.got = append(b.got, msg)
	b.mu.Unlock()
}

// Arrived returns the messages that have arrived since the last call,
// in the order they came, without waiting for any.
func (b *Background) Arrived() []tea.Msg {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := b.got
	b.got = nil
	return out
}
