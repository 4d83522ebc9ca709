package progress

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"faultline/quiz"
)

var t0 = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// read is one MarkRead call.
type read struct {
	lesson, section string
	index, total    int
}

func TestMarkRead(t *testing.T) {
	tests := []struct {
		name          string
		reads         []read
		lesson        string
		wantRead      int
		wantCompleted bool
		wantResume    int
		wantLast      Position
	}{
		{
			name:       "never opened",
			lesson:     "fallacies",
			wantResume: 0,
		},
		{
			name:       "first section",
			reads:      []read{{"fallacies", "intro", 0, 3}},
			lesson:     "fallacies",
			wantRead:   1,
			wantResume: 0,
			wantLast:   Position{"fallacies", 0},
		},
		{
			name:       "left off in the middle",
			reads:      []read{{"fallacies", "intro", 0, 3}, {"fallacies", "latency", 1, 3}},
			lesson:     "fallacies",
			wantRead:   2,
			wantResume: 1,
			wantLast:   Position{"fallacies", 1},
		},
		{
			name:          "all sections read completes",
			reads:         []read{{"fallacies", "intro", 0, 3}, {"fallacies", "latency", 1, 3}, {"fallacies", "bandwidth", 2, 3}},
			lesson:        "fallacies",
			wantRead:      3,
			wantCompleted: true,
			wantResume:    2,
			wantLast:      Position{"fallacies", 2},
		},
		{
			name:       "rereading a section does not count twice",
			reads:      []read{{"fallacies", "intro", 0, 3}, {"fallacies", "latency", 1, 3}, {"fallacies", "intro", 0, 3}},
			lesson:     "fallacies",
			wantRead:   2,
			wantResume: 0,
			wantLast:   Position{"fallacies", 0},
		},
		{
			name:          "going back after completing keeps it completed",
			reads:         []read{{"chain", "a", 0, 2}, {"chain", "b", 1, 2}, {"chain", "a", 0, 2}},
			lesson:        "chain",
			wantRead:      2,
			wantCompleted: true,
			wantResume:    0,
			wantLast:      Position{"chain", 0},
		},
		{
			name:       "last follows the most recent lesson",
			reads:      []read{{"chain", "a", 1, 4}, {"failover", "x", 2, 5}},
			lesson:     "chain",
			wantRead:   1,
			wantResume: 1,
			wantLast:   Position{"failover", 2},
		},
		{
			name:       "index past the end is clamped",
			reads:      []read{{"chain", "z", 9, 4}},
			lesson:     "chain",
			wantRead:   1,
			wantResume: 3,
			wantLast:   Position{"chain", 3},
		},
		{
			name:       "negative index is clamped",
			reads:      []read{{"chain", "a", -2, 4}},
			lesson:     "chain",
			wantRead:   1,
			wantResume: 0,
			wantLast:   Position{"chain", 0},
		},
		{
			name:          "single-section lesson completes at once",
			reads:         []read{{"intro", "only", 0, 1}},
			lesson:        "intro",
			wantRead:      1,
			wantCompleted: true,
			wantLast:      Position{"intro", 0},
		},
		{
			name:          "zero total counts as one section",
			reads:         []read{{"intro", "only", 0, 0}},
			lesson:        "intro",
			wantRead:      1,
			wantCompleted: true,
			wantLast:      Position{"intro", 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewState()
			for i, r := range tt.reads {
				s.MarkRead(r.lesson, r.section, r.index, r.total, t0.Add(time.Duration(i)*time.Minute))
			}
			n, done := s.LessonSummary(tt.lesson)
			if n != tt.wantRead || done != tt.wantCompleted {
				t.Errorf("LessonSummary(%q) = %d, %v; want %d, %v", tt.lesson, n, done, tt.wantRead, tt.wantCompleted)
			}
			if got := s.Resume(tt.lesson, 10); got != tt.wantResume {
				t.Errorf("Resume(%q) = %d, want %d", tt.lesson, got, tt.wantResume)
			}
			if s.Last != tt.wantLast {
				t.Errorf("Last = %+v, want %+v", s.Last, tt.wantLast)
			}
		})
	}
}

func TestMarkReadStampsUpdated(t *testing.T) {
	s := NewState()
	s.MarkRead("chain", "a", 0, 3, t0)
	later := t0.Add(time.Hour)
	s.MarkRead("chain", "b", 1, 3, later)
	if got := s.Lessons["chain"].Updated; !got.Equal(later) {
		t.Errorf("Updated = %v, want %v", got, later)
	}
}

func TestHelpersOnZeroState(t *testing.T) {
	var s State // maps are nil: helpers must still work
	s.MarkRead("chain", "a", 0, 2, t0)
	s.SetRecord("q1", quiz.Record{Box: 2})
	if n, _ := s.LessonSummary("chain"); n != 1 {
		t.Errorf("read = %d, want 1", n)
	}
	if s.Quiz["q1"].Box != 2 {
		t.Errorf("record not stored: %+v", s.Quiz)
	}
}

func TestSetRecordReplaces(t *testing.T) {
	s := NewState()
	s.SetRecord("q1", quiz.Record{Box: 1, Seen: 1})
	want := quiz.Record{Box: 2, Due: t0.Add(72 * time.Hour), Seen: 2, Correct: 1, Last: t0}
	s.SetRecord("q1", want)
	if got := s.Quiz["q1"]; got != want {
		t.Errorf("Quiz[q1] = %+v, want %+v", got, want)
	}
}

// TestRecordJSONNames pins the field names the quiz scheduler shares.
func TestRecordJSONNames(t *testing.T) {
	data, err := json.Marshal(quiz.Record{Box: 3, Due: t0, Seen: 4, Correct: 2, Last: t0})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, k := range []string{"box", "due", "seen", "correct", "last"} {
		if _, ok := m[k]; ok {
			keys = append(keys, k)
		}
	}
	if len(keys) != 5 || len(m) != 5 {
		t.Errorf("Record JSON = %s, want exactly box, due, seen, correct, last", data)
	}
}

func TestDecodeNormalizes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want State
	}{
		{"empty object", `{}`, NewState()},
		{"null maps", `{"version":1,"lessons":null,"quiz":null}`, NewState()},
		{
			"null lesson dropped, nil read filled",
			`{"lessons":{"gone":null,"chain":{"section":-4}},"last":{"lesson":"chain","section":-1}}`,
			State{Version: Version, Lessons: map[string]*Lesson{"chain": {Read: map[string]bool{}}}, Last: Position{Lesson: "chain"}, Quiz: map[string]quiz.Record{}, Scores: map[string]QuizScore{}, Challenges: map[string]time.Time{}},
		},
		{"unknown fields ignored", `{"version":1,"future":true}`, NewState()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeState([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("decode(%s) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// TestResumeClampsToTheLesson checks that a saved section past the end of
// the lesson, or a lesson with no sections, resumes inside it.
func TestResumeClampsToTheLesson(t *testing.T) {
	s := NewState()
	s.MarkRead("intro", "s1", 0, 10, time.Now())
	s.Lessons["intro"].Section = 99
	for _, tt := range []struct{ sections, want int }{{10, 9}, {2, 1}, {1, 0}, {0, 0}} {
		if got := s.Resume("intro", tt.sections); got != tt.want {
			t.Errorf("Resume(intro, %d) with section 99 saved = %d, want %d", tt.sections, got, tt.want)
		}
	}
}
