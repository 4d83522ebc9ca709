package classroom

import (
	"sync"
	"time"

	"faultline/quiz"
)

// DefaultMaxStudents is the number of concurrent students a Hub takes when
// Config.MaxStudents is not set.
const DefaultMaxStudents = 200

// Config configures a Hub.
type Config struct {
	// MaxStudents is the most students connected at once; 0 or less means
	// DefaultMaxStudents.
	MaxStudents int
	// JoinCode is the code students give to join; "" generates one with
	// NewJoinCode. It is normalised as CheckCode normalises what students
	// type.
	JoinCode string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// NumberedBefore is the highest N a "student-N" already had in this
	// lecture, before a restart (see HighestAnonymous): students who give no
	// name are numbered after it, so a new one never takes the name, and
	// in the results the answers, of one from before.
	NumberedBefore uint64
	// Known are the names of students who gave no name in this lecture
	// before a restart, by their identity (Hub.Known): one who logs in
	// with the same key again is given the same "student-N", and so their
	// answers. Students are numbered after the highest N in it too.
	Known map[string]string
	// Answers are the answers the hub of this lecture held before a
	// restart (its Snapshot, as a ResultsKeeper keeps it): the new hub
	// holds them again, for each question Bank finds unchanged, before
	// anyone joins (see Hub.Restored). Students are numbered after the
	// highest "student-N" in it too.
	Answers Snapshot
	// Bank finds a question of the deck's quiz bank by its ID, for
	// Answers; nil takes nothing back.
	Bank func(id string) (quiz.Question, bool)
}

// Hub fans the presenter's frames out to students and takes their answers.
// All its methods are safe for concurrent use.
type Hub struct {
	max  int
	code string
	now  func() time.Time

	pubMu sync.Mutex // serialises Publish and Close, so frames go out in Seq order

	mu       sync.Mutex          // guards the fields below
	students map[*Student]string // student → folded name
	names    map[string]*Student // folded name → student
	roster   []*Student          // connected students; replaced, never modified
	current  Frame
	seq      uint64
	joins    uint64
	ended    bool
	refused  Refusals
	known    map[string]string // identity → the name of a student who gave none
	restored Restored          // what NewHub took back of Config.Answers

	answers answers
}

// NewHub returns a Hub configured by cfg.
func NewHub(cfg Config) *Hub {
	h := &Hub{
		max:      cfg.MaxStudents,
		code:     normalizeCode(cfg.JoinCode),
		now:      cfg.Now,
		students: make(map[*Student]string),
		names:    make(map[string]*Student),
		answers:  answers{questions: make(map[string]*question)},
		joins:    cfg.NumberedBefore,
		known:    make(map[string]string, len(cfg.Known)),
	}
	for id, name := range cfg.Known {
		if n, ok := AnonymousNumber(name); ok && id != "" {
			h.known[id] = name
			h.joins = max(h.joins, n) // never given to a newcomer
		}
	}
	h.restore(cfg.Answers, cfg.Bank)
	if h.max <= 0 {
		h.max = DefaultMaxStudents
	}
	if h.code == "" {
		h.code = NewJoinCode()
	}
	if h.now == nil {
		h.now = time.Now
	}
	return h
}

// Join admits a student named name (sanitised with CleanName and made unique
// among connected students by a suffix: "ana", "ana-2"; empty becomes
// "student-N") connecting from addr. If a frame has been published the
// student's channel holds it at once. Join fails with ErrFull when
// MaxStudents students are connected and with ErrEnded after Close.
func (h *Hub) Join(name, addr string) (*Student, error) { return h.JoinAs(name, addr, "") }

// JoinAs is Join for a student whose login proved identity (Identity; ""
// for none). One who gives no name is given the "student-N" that identity
// had before, in this lecture or before a restart (Config.Known), unless
// a student connected now has it: so a student who logs in with the same
// key keeps their number and their answers, as one who gives the same
// name does.
func (h *Hub) JoinAs(name, addr, identity string) (*Student, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ended {
		return nil, ErrEnded
	}
	if len(h.roster) >= h.max {
		return nil, ErrFull
	}
	clean := CleanName(name)
	display, key := "", ""
	if prev, ok := h.known[identity]; ok && clean == "" && identity != "" && h.names[foldName(prev)] == nil {
		display, key = prev, foldName(prev)
	} else {
		h.joins++
		display, key = uniqueName(clean, h.joins, h.names)
		// The first name a key had stays its name: a second connection
		// with the same key while the first is here is another student.
		if _, anonymous := AnonymousNumber(display); anonymous && clean == "" && identity != "" && h.known[identity] == "" {
			h.known[identity] = display
		}
	}
	s := &Student{
		name:   display,
		key:    key,
		addr:   addr,
		joined: h.now(),
		ch:     make(chan Frame, 1),
	}
	h.students[s] = key
	h.names[key] = s
	roster := make([]*Student, len(h.roster), len(h.roster)+1)
	copy(roster, h.roster)
	h.roster = append(roster, s)
	if h.seq > 0 {
		s.deliver(h.current)
	}
	return s, nil
}

// Leave disconnects s: it frees its place and its name and closes its
// channel. The answers s gave still count. Leaving twice does nothing.
func (h *Hub) Leave(s *Student) {
	if s == nil {
		return
	}
	h.mu.Lock()
	if key, ok := h.students[s]; ok {
		delete(h.students, s)
		delete(h.names, key)
		roster := make([]*Student, 0, len(h.roster))
		for _, r := range h.roster {
			if r != s {
				roster = append(roster, r)
			}
		}
		h.roster = roster
	}
	h.mu.Unlock()
	s.leave()
}

// Publish sends f to every student as the current frame, with the next Seq.
// Each question's answer, explanation and tally are withheld until it is
// revealed; on reveal the Hub fills in its own tally and stops taking answers
// to it (until ReopenQuestion or ResetQuestion); the first publish of a
// question starts its clock for Record.Elapsed. The presenter's clock
// (State.Elapsed and State.Remaining) is not passed on: students do not
// show it. A frame that brings students nothing new is not sent at all, so
// the presenter may publish on every tick of its clock and a room that
// watches a still slide costs nothing. Publish never blocks on a student: a
// frame a student has not read yet is replaced (the latest state wins).
// After Close it does nothing.
func (h *Hub) Publish(f Frame) {
	h.pubMu.Lock()
	defer h.pubMu.Unlock()
	qs := make([]*Question, 0, len(f.Questions))
	for _, q := range f.Questions {
		if q != nil {
			qs = append(qs, q.forStudents(h.answers.publish(q, h.now())))
		}
	}
	f.Questions = nil
	if len(qs) > 0 {
		f.Questions = qs
	}
	f.Widgets = append([]string(nil), f.Widgets...)
	f.Live = append([]Drawing(nil), f.Live...)
	f.Closing = false
	f.State.Elapsed, f.State.Remaining = 0, nil
	h.mu.Lock()
	same := h.seq > 0 && f.sameAs(h.current)
	h.mu.Unlock()
	if !same {
		h.send(f)
	}
}

// Close ends the lecture: every student receives the current frame with
// Closing set, and from then on Join fails with ErrEnded and Publish does
// nothing. Students' channels stay open until they Leave.
func (h *Hub) Close() {
	h.pubMu.Lock()
	defer h.pubMu.Unlock()
	h.mu.Lock()
	f := h.current
	h.mu.Unlock()
	f.Closing = true
	h.send(f)
}

// send numbers f, makes it current and delivers it to every student. A
// Closing frame ends the hub. The caller holds pubMu.
func (h *Hub) send(f Frame) {
	h.mu.Lock()
	if h.ended {
		h.mu.Unlock()
		return
	}
	h.seq++
	f.Seq = h.seq
	h.current = f
	h.ended = f.Closing
	roster := h.roster
	h.mu.Unlock()
	for _, s := range roster {
		s.deliver(f)
	}
}

// Current returns the newest frame published and whether there is one.
func (h *Hub) Current() (Frame, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.current, h.seq > 0
}

// Students returns the number of students connected.
func (h *Hub) Students() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.roster)
}

// Names returns the display names of the connected students, in the order
// they joined.
func (h *Hub) Names() []string {
	h.mu.Lock()
	roster := h.roster
	h.mu.Unlock()
	names := make([]string, len(roster))
	for i, s := range roster {
		names[i] = s.name
	}
	return names
}
