package scenarios

import (
	"slices"
	"sync"

	"faultline/tui/common"
	"faultline/tui/theme"
)

// maxStillSizes bounds the drawings a still keeps; students' odd sizes
// start the cache afresh rather than grow it.
const maxStillSizes = 16

// editingNote is what followers read while the presenter has the
// parameter form open: they see the run as it stood, not the form.
const editingNote = "The presenter is changing the parameters…"

// still is a player frozen at one moment, for students following a
// lecture to draw at their own size with the player's own drawing. It
// shares nothing the player goes on changing, and draws each size once.
type still struct {
	mu    sync.Mutex
	p     Player
	drawn map[stillSize]string
}

// stillSize is one size and background a still was drawn at.
type stillSize struct {
	w, h int
	dark bool
}

// mirrorContexts are the contexts stills draw with, for a light and a
// dark background; built on first use, read only after.
var mirrorContexts = sync.OnceValue(func() [2]*common.Context {
	return [2]*common.Context{{Styles: theme.New(false)}, {Styles: theme.New(true)}}
})

// Mirror implements common.Mirrored: the player as it looks now, for
// students to draw at their size. The same drawing is returned until the
// run moves or a key is pressed.
func (p *Player) Mirror() common.Drawing {
	if p.mirror == nil {
		p.mirror = p.freeze()
	}
	return p.mirror
}

// freeze copies what the player draws from. Snapshots are never changed
// once taken, so they are shared; the timeline and the comparison are
// copied; the parameter form is left out.
func (p *Player) freeze() *still {
	s := &still{p: *p, drawn: map[stillSize]string{}}
	c := &s.p
	c.mirror = nil
	c.events = slices.Clone(p.events)
	cmp := comparison{}
	if p.cmp.marked != nil {
		m := *p.cmp.marked
		cmp.marked = &m
	}
	if p.cmp.other != nil {
		o := *p.cmp.other
		cmp.other = &o
	}
	c.cmp = &cmp
	if c.mode == modeEdit {
		c.mode, c.form = modeLive, nil
		c.say(editingNote, true)
	}
	return s
}

// Draw implements common.Drawing.
func (s *still) Draw(width, height int, isDark bool) string {
	k := stillSize{width, height, isDark}
	s.mu.Lock()
	defer s.mu.Unlock()
	if out, ok := s.drawn[k]; ok {
		return out
	}
	if len(s.drawn) >= maxStillSizes {
		clear(s.drawn)
	}
	ctx := mirrorContexts()[0]
	if isDark {
		ctx = mirrorContexts()[1]
	}
	s.p.ctx = ctx
	s.p.SetSize(width, height)
	out := s.p.View()
	s.drawn[k] = out
	return out
}
