package lecture

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

func TestDeckState(t *testing.T) {
	d := testDeck()
	remaining := func(d time.Duration) *time.Duration { return &d }
	tests := []struct {
		name  string
		keys  string
		timer Timer
		blank bool
		now   time.Time
		want  State
	}{
		{
			name: "title slide", timer: NewTimer(0, t0), now: at(1, 0),
			want: State{Slides: 5, Lesson: "Alpha", Title: "Alpha", Next: "Plain", Elapsed: time.Minute},
		},
		{
			name: "notes and countdown", keys: "n", timer: NewTimer(45*time.Minute, t0), now: at(5, 0),
			want: State{Slide: 1, Slides: 5, Lesson: "Alpha", Title: "Plain", Notes: "Say hello.", Next: "List",
				Elapsed: 5 * time.Minute, Remaining: remaining(40 * time.Minute)},
		},
		{
			name: "revealing", keys: "nnnn", timer: NewTimer(0, t0).Toggle(at(2, 0)), blank: true, now: at(9, 0),
			want: State{Slide: 2, Slides: 5, Step: 2, Lesson: "Alpha", Title: "List", Next: "Beta",
				Elapsed: 2 * time.Minute, Paused: true, Blank: true},
		},
		{
			name: "last slide", keys: "G", timer: NewTimer(time.Minute, t0), now: at(3, 0),
			want: State{Slide: 4, Slides: 5, Lesson: "Beta", Title: "Only", Notes: "Ask a question.",
				Elapsed: 3 * time.Minute, Remaining: remaining(-2 * time.Minute)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want.Deck = d.ID()
			got := d.State(drive(d, Nav{}, tt.keys), tt.timer, tt.blank, tt.now)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("State =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestDeckStateClampsAndEmpty(t *testing.T) {
	d := testDeck()
	if got := d.State(Nav{Slide: 40, Step: 9}, NewTimer(0, t0), false, t0); got.Slide != 4 || got.Step != 0 || got.Title != "Only" {
		t.Errorf("out-of-range nav: %+v", got)
	}
	empty := &Deck{}
	got := empty.State(Nav{Slide: 2}, NewTimer(0, t0), false, at(1, 0))
	if got.Slides != 0 || got.Slide != 0 || got.Title != "" || got.Elapsed != time.Minute {
		t.Errorf("empty deck: %+v", got)
	}
}

func TestStateJSON(t *testing.T) {
	left := 90 * time.Second
	st := State{Deck: "d", Slide: 1, Slides: 3, Step: 2, Lesson: "L", Title: "T", Notes: "line one\nline two",
		Next: "N", Elapsed: time.Minute, Remaining: &left, Paused: true, Blank: true}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"deck":"d","slide":1,"slides":3,"step":2,"lesson":"L","title":"T","notes":"line one\nline two",` +
		`"next":"N","elapsed":60000000000,"remaining":90000000000,"paused":true,"blank":true}`
	if string(b) != want {
		t.Errorf("JSON\n%s\nwant\n%s", b, want)
	}
	var back State
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, st) {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	noCountdown, _ := json.Marshal(State{})
	if want := `{"deck":"","slide":0,"slides":0,"step":0,"lesson":"","title":"","notes":"","next":"","elapsed":0,"paused":false,"blank":false}`; string(noCountdown) != want {
		t.Errorf("JSON without countdown: %s", noCountdown)
	}
}
