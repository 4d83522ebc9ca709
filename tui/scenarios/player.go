package scenarios

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"faultline/internal/scenario"
	"faultline/tui/common"
)

// FPS is the most frames a second the player draws while playing.
const FPS = 20

// speeds are the simulated speeds offered, as multiples of real time.
var speeds = []float64{0.5, 1, 2, 4, 8, 16}

// mode is what the player's lower half shows.
type mode int

const (
	modeLive    mode = iota // timeline and live metrics
	modeSummary             // the run's summary, beside the marked run's
	modeEdit                // the parameter form
)

// timelineKeep is how many recent events the player keeps for its timeline.
const timelineKeep = 200

// Player is the scenario player: it runs a scenario, draws it as it
// goes and lets the student pause, step, break and compare runs.
type Player struct {
	ctx    *common.Context
	keys   PlayerKeyMap
	spec   scenario.Spec
	values scenario.Values
	seed   uint64
	cmp    *comparison

	sim     *scenario.Sim
	snap    scenario.Snapshot
	events  []scenario.Event
	caption scenario.Event // the latest key moment, shown on the canvas
	scale   int            // requests one mark stands for, fixed for the run

	challenge *scenario.Challenge       // the challenge played, or nil
	verdict   *scenario.ChallengeResult // its verdict once the run ended
	recorded  bool                      // a met challenge was saved
	ticks     int                       // steps taken in this run, for moving the dots
	playing   bool
	ended     bool // the run reached its end (the view reads this, never the sim)
	gen       int  // bumped whenever pending ticks must be ignored
	speed     int  // index into speeds
	mode      mode
	form      *form
	status    string
	statusOK  bool
	cutNext   int // which link c cuts next

	width, height int
	inks          [inkCount]lipgloss.Style
	mirror        *still // the look handed to followers, until the player changes
}

// tickMsg asks a player to draw its next frame; it is dropped unless it
// carries the player and its current generation.
type tickMsg struct {
	p   *Player
	gen int
}

// IsTick marks the frames as a timer's (common.Tick).
func (tickMsg) IsTick() {}

// NewPlayer returns a player for spec with the given values and seed,
// ready to play from the start.
func NewPlayer(ctx *common.Context, spec scenario.Spec, values scenario.Values, seed uint64) *Player {
	p := &Player{ctx: ctx, keys: DefaultPlayerKeyMap(), spec: spec, values: values, seed: seed, cmp: &comparison{}, speed: 1}
	p.reset()
	return p
}

// reset starts a new run with the player's values and seed.
func (p *Player) reset() {
	p.sim = scenario.New(p.spec, p.values, p.seed)
	p.scale = dotScale(scenario.Busiest(p.spec, p.values, p.seed))
	p.caption = scenario.Event{}
	p.verdict, p.recorded = nil, false
	p.events = p.events[:0]
	p.ticks = 0
	p.cutNext = 0
	p.ended = false
	p.mode = modeLive
	p.status = ""
	p.advance(1)
}

// Init implements common.Screen: the player starts playing.
func (p *Player) Init() tea.Cmd { return p.play() }

// Title implements common.Screen.
func (p *Player) Title() string { return p.spec.Title }

// SetSize implements common.Screen.
func (p *Player) SetSize(w, h int) { p.width, p.height = w, h }

// Capturing implements common.Capturing: the parameter form takes every
// key, so values can be typed.
func (p *Player) Capturing() bool { return p.mode == modeEdit }

// Playing reports whether the player is running.
func (p *Player) Playing() bool { return p.playing }

// Snapshot is the state drawn now.
func (p *Player) Snapshot() scenario.Snapshot { return p.snap }

// Speed is the simulated speed as a multiple of real time.
func (p *Player) Speed() float64 { return speeds[p.speed] }

// frame is the time between frames and the steps each frame takes: one
// step per frame up to FPS steps a second, more steps per frame beyond.
func (p *Player) frame() (time.Duration, int) {
	perSecond := speeds[p.speed] * float64(time.Second/scenario.Tick)
	if perSecond <= FPS {
		return time.Duration(float64(time.Second) / perSecond), 1
	}
	return time.Second / FPS, int(perSecond / FPS)
}

// tick schedules the next frame under the current generation.
func (p *Player) tick() tea.Cmd {
	d, _ := p.frame()
	gen := p.gen
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{p: p, gen: gen} })
}

// play starts playing; a finished run starts again.
func (p *Player) play() tea.Cmd {
	if p.sim.Done() {
		p.reset()
	}
	p.playing = true
	p.gen++
	p.mirror = nil
	if p.mode == modeSummary {
		p.mode = modeLive
	}
	return p.tick()
}

// pause stops playing; ticks already scheduled are dropped when they come.
func (p *Player) pause() {
	p.playing = false
	p.gen++
	p.mirror = nil
}

// advance takes n steps, keeping the timeline and the marked run's figures.
func (p *Player) advance(n int) {
	for range n {
		if p.sim.Done() && p.ticks > 0 {
			break
		}
		p.snap = p.sim.Step()
		p.ticks++
		p.events = append(p.events, p.snap.Events...)
		for _, e := range p.snap.Events {
			if e.Say != "" {
				p.caption = e
			}
		}
	}
	p.ended = p.sim.Done()
	p.mirror = nil
	if over := len(p.events) - timelineKeep; over > 0 {
		p.events = append(p.events[:0], p.events[over:]...)
	}
	if p.cmp.update(p.sim, runLabel(p.spec, p.values), p.snap.Metrics) {
		p.mode = modeSummary
	}
	if p.sim.Done() {
		p.finish()
	}
}

// finish ends play at the end of a run and shows its summary.
func (p *Player) finish() {
	if p.playing {
		p.pause()
	}
	p.checkChallenge()
	p.mode = modeSummary
}

// Update implements common.Screen. A run that met its challenge is recorded
// in the student's progress.
func (p *Player) Update(msg tea.Msg) tea.Cmd {
	cmd := p.update(msg)
	if save := p.record(); save != nil {
		return tea.Batch(cmd, save)
	}
	return cmd
}

func (p *Player) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		if msg.p != p || msg.gen != p.gen || !p.playing {
			return nil
		}
		_, steps := p.frame()
		p.advance(steps)
		if !p.playing {
			return nil
		}
		return p.tick()
	case tea.KeyPressMsg:
		p.mirror = nil // a key may change anything followers see
		if p.mode == modeEdit {
			return p.updateForm(msg)
		}
		return p.updateKey(msg)
	}
	return nil
}

func (p *Player) updateKey(msg tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(msg, k.Back):
		if p.mode != modeLive {
			p.mode = modeLive
			return nil
		}
		p.pause()
		return common.Back
	case key.Matches(msg, k.Play):
		if p.playing {
			p.pause()
			return nil
		}
		return p.play()
	case key.Matches(msg, k.Step):
		if p.playing {
			p.pause()
		}
		if p.sim.Done() {
			p.say("The run has ended; r plays it again.", false)
			return nil
		}
		p.advance(1)
	case key.Matches(msg, k.Faster):
		p.speed = min(p.speed+1, len(speeds)-1)
	case key.Matches(msg, k.Slower):
		p.speed = max(p.speed-1, 0)
	case key.Matches(msg, k.Restart):
		p.pause()
		p.reset()
		return p.play()
	case key.Matches(msg, k.Crash), key.Matches(msg, k.Cut), key.Matches(msg, k.Slow), key.Matches(msg, k.Heal):
		p.inject(msg)
	case key.Matches(msg, k.Edit):
		p.pause()
		p.form = newForm(p.spec, p.values)
		p.mode = modeEdit
	case key.Matches(msg, k.Mark):
		p.cmp.mark(p.sim, runLabel(p.spec, p.values), p.snap.Metrics)
		if p.sim.Done() {
			p.say("Marked. Change parameters (e) or play another scenario; S compares them.", true)
		} else {
			p.say("Marked; it plays on. The next run to finish after it is compared (S).", true)
		}
	case key.Matches(msg, k.Challenge):
		return p.nextChallenge()
	case key.Matches(msg, k.Summary):
		if p.mode == modeSummary {
			p.mode = modeLive
		} else {
			p.mode = modeSummary
		}
	}
	return nil
}

// updateForm handles a key while the parameter form is open.
func (p *Player) updateForm(msg tea.KeyPressMsg) tea.Cmd {
	k, f := p.keys, p.form
	switch {
	case key.Matches(msg, k.FormCancel):
		p.mode = modeLive
	case key.Matches(msg, k.FormApply):
		v, ok := f.result()
		if !ok {
			return nil
		}
		v, kept := p.keepFixed(v)
		p.values = v
		p.reset()
		p.say("Restarted with the new parameters.", true)
		if kept != "" {
			p.say(kept, false)
		}
		return p.play()
	case key.Matches(msg, k.FormUp):
		f.move(-1)
	case key.Matches(msg, k.FormDown):
		f.move(1)
	case key.Matches(msg, k.FormLess):
		f.adjust(-1)
	case key.Matches(msg, k.FormMore):
		f.adjust(1)
	case key.Matches(msg, k.FormErase):
		f.backspace()
	case msg.Text != "":
		f.typeText(msg.Text)
	}
	return nil
}

// say sets the status line; ok picks its colour.
func (p *Player) say(s string, ok bool) { p.status, p.statusOK = s, ok }
