package lecture

import "time"

// State is what the presenter publishes to notes views: where the lecture
// is, what to say and how the time goes. It encodes to JSON.
type State struct {
	// Deck is the deck's ID.
	Deck string `json:"deck"`
	// Slide is the current slide's index, from 0.
	Slide int `json:"slide"`
	// Slides is the number of slides in the deck.
	Slides int `json:"slides"`
	// Step is how many list items of the slide are revealed.
	Step int `json:"step"`
	// Lesson is the current lesson's title.
	Lesson string `json:"lesson"`
	// Title is the current slide's title.
	Title string `json:"title"`
	// Notes are the current slide's speaker notes.
	Notes string `json:"notes"`
	// Next is the next slide's title, "" on the last slide.
	Next string `json:"next"`
	// Elapsed is the time presented, leaving out pauses.
	Elapsed time.Duration `json:"elapsed"`
	// Remaining is the countdown's time left (negative in overtime), nil
	// without a countdown.
	Remaining *time.Duration `json:"remaining,omitempty"`
	// Paused reports whether the timer is paused.
	Paused bool `json:"paused"`
	// Blank reports whether the presenter has blanked the screen.
	Blank bool `json:"blank"`
}

// State describes the presenter at position n (clamped to the deck) with
// timer t and the screen blanked or not, at now.
func (d *Deck) State(n Nav, t Timer, blank bool, now time.Time) State {
	st := State{
		Deck:    d.ID(),
		Slides:  d.Len(),
		Elapsed: t.Elapsed(now),
		Paused:  t.Paused(),
		Blank:   blank,
	}
	if left, ok := t.Remaining(now); ok {
		st.Remaining = &left
	}
	if d.Len() == 0 {
		return st
	}
	n = n.Clamp(d)
	s := d.Slides[n.Slide]
	st.Slide, st.Step = n.Slide, n.Step
	st.Lesson = s.Lesson.Title
	st.Title = s.Title
	st.Notes = s.Notes
	if n.Slide+1 < d.Len() {
		st.Next = d.Slides[n.Slide+1].Title
	}
	return st
}
