package classroom

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

// follow reads s's frames until its channel closes or a Closing frame
// arrives, checking that Seq only ever increases; it returns the last Seq.
func follow(t *testing.T, s *Student) uint64 {
	var last uint64
	for f := range s.Frames() {
		if f.Seq <= last {
			t.Errorf("%s: seq %d after %d", s.Name(), f.Seq, last)
		}
		last = f.Seq
		if f.Closing {
			break
		}
	}
	return last
}

func TestConcurrentPublishJoinAnswerLeave(t *testing.T) {
	h := NewHub(Config{MaxStudents: 100})
	h.Publish(quizFrame(false))
	var (
		wg sync.WaitGroup
	)
	// Presenters: two goroutines publish, racing each other.
	for p := range 2 {
		wg.Go(func() {
			for i := range 300 {
				f := quizFrame(false)
				f.State.Slide = p*1000 + i
				f.Widgets = []string{fmt.Sprint(i)}
				h.Publish(f)
			}
		})
	}
	// Students join, follow, answer (several times), and some leave early.
	for i := range 150 {
		wg.Go(func() {
			s, err := h.Join(fmt.Sprintf("s%d", i%40), fmt.Sprintf("10.0.0.%d:1", i))
			if errors.Is(err, ErrFull) {
				return
			}
			if err != nil {
				t.Error(err)
				return
			}
			done := make(chan struct{})
			go func() {
				defer close(done)
				follow(t, s)
			}()
			for try := range 3 {
				choice := (i + try) % 3
				if err := h.Answer(s, "availability-1", choice); err != nil {
					t.Errorf("answer: %v", err)
				}
				_ = h.Tally("availability-1")
				_ = h.Students()
				_ = h.Names()
			}
			h.Leave(s)
			<-done
		})
	}
	wg.Wait()
	// Answers change but each student's counts once: the counts, the
	// right/wrong split and the common answers all add up to Answered.
	got := h.Tally("availability-1")
	sum, common := 0, 0
	for _, n := range got.Counts {
		sum += n
	}
	for _, c := range got.Common {
		common += c.Count
	}
	if got.Answered == 0 || sum != got.Answered || common != got.Answered || got.Right+got.Wrong != got.Answered {
		t.Fatalf("Tally = %+v: counts %d, common %d, right+wrong %d, want each %d", got, sum, common, got.Right+got.Wrong, got.Answered)
	}
	if n := len(h.Records()); n != got.Answered {
		t.Fatalf("%d records for %d answers", n, got.Answered)
	}
	if n := h.Students(); n != 0 {
		t.Fatalf("Students() = %d after everyone left", n)
	}
}

func TestConcurrentCloseReachesEveryone(t *testing.T) {
	h := NewHub(Config{})
	students := make([]*Student, 50)
	for i := range students {
		students[i] = join(t, h, "")
	}
	var wg sync.WaitGroup
	closing := make([]bool, len(students))
	for i, s := range students {
		wg.Go(func() {
			for f := range s.Frames() {
				if f.Closing {
					closing[i] = true
					h.Leave(s)
				}
			}
		})
	}
	for i := range 200 {
		h.Publish(frame(i))
	}
	h.Close()
	wg.Wait()
	for i, ok := range closing {
		if !ok {
			t.Errorf("student %d never saw the closing frame", i)
		}
	}
}

// TestStuckStudentsDoNotBlockPublish has 200 students of whom 20 never
// read and 180 read as fast as they can; 1000 publishes must all return
// (a Publish that waited for a stuck student would never return) and every
// reader must end on the last frame. How fast they return is measured by
// BenchmarkPublish200Stuck.
func TestStuckStudentsDoNotBlockPublish(t *testing.T) {
	const students, stuck, frames = 200, 20, 1000
	h := NewHub(Config{MaxStudents: students})
	var readers sync.WaitGroup
	finals := make([]uint64, students)
	var never []*Student
	for i := range students {
		s := join(t, h, "")
		if i < stuck {
			never = append(never, s)
			continue
		}
		readers.Go(func() { finals[i] = follow(t, s) })
	}
	for i := range frames {
		h.Publish(frame(i))
	}
	h.Close()
	readers.Wait()
	for _, s := range never {
		if f := receive(t, s); !f.Closing || f.Seq != frames+1 {
			t.Errorf("stuck student holds seq %d, want only the closing frame %d", f.Seq, frames+1)
		}
	}
	for i := stuck; i < students; i++ {
		if finals[i] != frames+1 {
			t.Errorf("reader %d ended on seq %d, want the closing frame %d", i, finals[i], frames+1)
		}
	}
}
