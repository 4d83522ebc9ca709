package link

import (
	"context"
	"testing"
	"time"
)

// TestFollowSurvivesPresenterRestart: the follower receives states, sees the
// presenter go, and picks up a new presenter on the same path.
func TestFollowSurvivesPresenterRestart(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	first, err := Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	ch := subscribe(t, path)
	first.Publish(state(1))
	await(t, ch, "slide 1", slide(1))
	first.Publish(state(2))
	await(t, ch, "slide 2", slide(2))

	first.Close()
	gone := await(t, ch, "the presenter going away", disconnected)
	if gone.State.Slide != 2 {
		t.Errorf("while disconnected the last state is slide %d, want 2", gone.State.Slide)
	}

	second := listen(t, path)
	second.Publish(state(5))
	await(t, ch, "slide 5 from the new presenter", slide(5))
}

func TestFollowWaitsForPresenter(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	ch := subscribe(t, path)
	u := await(t, ch, "waiting", func(Update) bool { return true })
	if u.Connected {
		t.Fatalf("connected to a presenter that is not there: %+v", u)
	}
	s := listen(t, path)
	s.Publish(state(3))
	await(t, ch, "slide 3", slide(3))
}

func TestFollowStopsWhenCancelled(t *testing.T) {
	tests := []struct {
		name      string
		presenter bool
	}{
		{"while connected", true},
		{"while waiting", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			noLeaks(t)
			path := socketPath(t)
			if tt.presenter {
				s := listen(t, path)
				s.Publish(state(1))
			}
			ctx, cancel := context.WithCancel(context.Background())
			ch := Follow(ctx, path)
			<-ch // connected, or told the presenter is missing
			cancel()
			timeout := time.After(patience)
			for {
				select {
				case _, open := <-ch:
					if !open {
						return
					}
				case <-timeout:
					t.Fatal("Follow did not stop")
				}
			}
		})
	}
}

// TestFollowSkipsToLatest: a reader that falls behind skips to the newest
// update instead of working through a backlog.
func TestFollowSkipsToLatest(t *testing.T) {
	noLeaks(t)
	path := socketPath(t)
	s := listen(t, path)
	ch := subscribe(t, path)
	s.Publish(state(0))
	await(t, ch, "slide 0", slide(0))
	const n = 50
	for i := 1; i <= n; i++ {
		s.Publish(state(i))
	}
	// Read slowly: a backlog would take n reads to reach the last state.
	for reads := 1; ; reads++ {
		time.Sleep(50 * time.Millisecond)
		u := await(t, ch, "an update", func(Update) bool { return true })
		if u.State.Slide == n {
			break
		}
		if reads == 10 {
			t.Fatalf("still on slide %d after %d slow reads", u.State.Slide, reads)
		}
	}
}
