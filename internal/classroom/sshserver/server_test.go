package sshserver

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
	"faultline/quiz"
)

// follow is the bound within which a student must show a change.
const follow = 2 * time.Second

// sectionSlides returns the indexes of section slides with short,
// distinct titles, which fit on one line of any test screen.
func sectionSlides(deck *lecture.Deck) []int {
	var out []int
	seen := map[string]bool{}
	for i, s := range deck.Slides {
		if !s.IsTitle() && len(s.Title) < 36 && !seen[s.Title] {
			seen[s.Title] = true
			out = append(out, i)
		}
	}
	return out
}

// quizSlide finds a slide with a question students can answer.
func quizSlide(tb testing.TB, deck *lecture.Deck) (int, quiz.Question) {
	return coursetest.QuizSlide(tb, deck)
}

func TestStudentSeesCurrentSlideAndFollows(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, nil)
	slides := sectionSlides(deck)
	a, b := slides[0], slides[1]
	publish(hub, deck, a, 0, nil) // the student arrives late

	st := connect(t, srv, 100, 30, true)
	st.join(t, "ana")
	st.waitFor(t, deck.Slides[a].Title, follow)
	st.waitFor(t, "ana · ", follow)
	st.waitFor(t, "slide "+strconv.Itoa(a+1)+"/"+strconv.Itoa(deck.Len()), follow)
	if hub.Students() != 1 {
		t.Errorf("hub has %d students, want 1", hub.Students())
	}

	publish(hub, deck, b, 0, nil)
	took := st.waitFor(t, deck.Slides[b].Title, follow)
	t.Logf("followed a slide change in %v", took)
	if st.shows(deck.Slides[a].Title) {
		t.Errorf("the old slide's title is still on screen:\n%s", st.scr.String())
	}
}

func TestReconnectLandsOnCurrentSlide(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, nil)
	slides := sectionSlides(deck)
	publish(hub, deck, slides[2], 0, nil)
	first := connect(t, srv, 90, 28, true)
	first.join(t, "bo")
	first.waitFor(t, deck.Slides[slides[2]].Title, follow)
	_ = first.client.Close()

	publish(hub, deck, slides[3], 0, nil)
	again := connect(t, srv, 90, 28, true)
	again.join(t, "bo")
	again.waitFor(t, deck.Slides[slides[3]].Title, follow)
	again.waitFor(t, "bo · ", follow) // the name is free again once the first session left
}

func TestAnswerCountsOnceChangesAndReveal(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, nil)
	n, q := quizSlide(t, deck)
	step := deck.Slides[n].Steps
	publish(hub, deck, n, step, classroom.QuestionFrom(q, false))

	st := connect(t, srv, 140, 80, true)
	st.join(t, "")
	st.waitFor(t, "then press enter to send", follow) // not the name prompt's "and press enter to send"
	st.send(t, "1")
	st.send(t, "\r")
	st.waitFor(t, "✓ Answer sent: A.", follow)
	st.send(t, "b")
	st.waitFor(t, "changed · enter sends", follow)
	st.send(t, "\r")
	st.waitFor(t, "✓ Answer changed and sent", follow)
	st.send(t, "a")
	st.send(t, "\r")
	st.waitFor(t, "✓ Answer changed and sent: A.", follow)
	if tl := hub.Tally(q.ID); tl.Answered != 1 || tl.Counts[0] != 1 || tl.Counts[1] != 0 {
		t.Fatalf("tally %+v, want one answer for A", tl)
	}

	shown := classroom.QuestionFrom(q, true)
	publish(hub, deck, n, step, shown)
	// A is the first choice as shown (dealt), not as the bank file lists it.
	right := slices.Contains(shown.Correct, 0)
	if right {
		st.waitFor(t, "✓ You were right: A.", follow)
	} else {
		st.waitFor(t, "✗ Not this time; you answered: A.", follow)
	}
	if q.Explanation != "" {
		st.waitFor(t, strings.Fields(q.Explanation)[0], follow)
	}
	st.send(t, "2")
	st.send(t, "\r")
	time.Sleep(50 * time.Millisecond)
	if tl := hub.Tally(q.ID); tl.Answered != 1 {
		t.Errorf("an answer after the reveal counted: %+v", tl)
	}
}

func TestLoginRefusals(t *testing.T) {
	deck := testDeck(t)
	srv, _ := startServer(t, deck, nil)
	if _, err := dial(t, srv, "WRONG1"); err == nil {
		t.Fatal("a wrong join code logged in")
	}
	c, err := dial(t, srv, strings.ToLower(testCode[:3])+"-"+testCode[3:])
	if err != nil {
		t.Fatalf("the join code typed in lower case with a dash was refused: %v", err)
	}
	defer c.Close()

	t.Run("exec", func(t *testing.T) {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		var stderr strings.Builder
		sess.Stderr = &stderr
		err = sess.Run("cat /etc/passwd")
		var exit *gossh.ExitError
		if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(stderr.String(), "runs no commands") {
			t.Errorf("exec: err %v, stderr %q", err, stderr.String())
		}
	})
	t.Run("subsystem", func(t *testing.T) {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		if err := sess.RequestSubsystem("sftp"); err == nil {
			t.Error("the sftp subsystem was accepted")
		}
	})
	t.Run("no pty", func(t *testing.T) {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		var stderr strings.Builder
		sess.Stderr = &stderr
		if err := sess.Run(""); err == nil || !strings.Contains(stderr.String(), "needs a terminal") {
			t.Errorf("shell without a terminal: err %v, stderr %q", err, stderr.String())
		}
	})
	t.Run("direct-tcpip", func(t *testing.T) {
		if conn, err := c.Dial("tcp", srv.Addr().String()); err == nil {
			conn.Close()
			t.Error("local port forwarding was allowed")
		}
	})
	t.Run("tcpip-forward", func(t *testing.T) {
		if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
			ln.Close()
			t.Error("remote port forwarding was allowed")
		}
	})
}

func TestAuthorizedKeysOnly(t *testing.T) {
	deck := testDeck(t)
	key := testSigner(t)
	srv, _ := startServer(t, deck, func(c *Config) { c.AuthorizedKeys = []gossh.PublicKey{key.PublicKey()} })
	if _, err := dial(t, srv, testCode); err == nil {
		t.Fatal("the join code logged in although keys are required")
	}
	login := func(s gossh.Signer) error {
		c, err := gossh.Dial("tcp", srv.Addr().String(), &gossh.ClientConfig{User: "ana",
			Auth: []gossh.AuthMethod{gossh.PublicKeys(s)}, HostKeyCallback: gossh.FixedHostKey(srv.cfg.HostKey.PublicKey())})
		if err == nil {
			c.Close()
		}
		return err
	}
	if err := login(key); err != nil {
		t.Errorf("a listed key was refused: %v", err)
	}
	if err := login(testSigner(t)); err == nil {
		t.Error("an unlisted key logged in")
	}
}

func TestMaxStudentsRefusedPolitely(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, func(c *Config) { c.MaxStudents = 2 })
	publish(hub, deck, 0, 0, nil)
	for _, name := range []string{"a", "b"} {
		connect(t, srv, 80, 24, true).join(t, name)
	}
	c, err := dial(t, srv, testCode)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	sess.Stderr = &stderr
	if err := sess.RequestPty("xterm", 24, 80, nil); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	err = sess.Wait()
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(stderr.String(), "the lecture is full (2 students)") {
		t.Errorf("third student: err %v, stderr %q", err, stderr.String())
	}
	if r := hub.Refused(); r[classroom.RefusedFull] != 1 {
		t.Errorf("the presenter was told of %d refused as full, want 1", r[classroom.RefusedFull])
	}
}

func TestStuckClientDoesNotSlowOthers(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, nil)
	slides := sectionSlides(deck)
	publish(hub, deck, slides[0], 0, nil)
	stuck := connect(t, srv, 250, 80, false)
	stuck.send(t, "\r")
	ok := connect(t, srv, 100, 30, true)
	ok.join(t, "")
	ok.waitFor(t, deck.Slides[slides[0]].Title, follow)

	var worst time.Duration
	for i := range 60 {
		n := slides[1+i%(len(slides)-1)]
		start := time.Now()
		publish(hub, deck, n, 0, nil)
		ok.waitFor(t, deck.Slides[n].Title, follow)
		worst = max(worst, time.Since(start))
	}
	t.Logf("worst follow beside a stuck client: %v", worst)
}

// TestShutdownSaysGoodbye ends the lecture with a student following and
// one still at the name prompt: each is told why, in its own words, and
// its session ends cleanly. The waits only guard against a hang; how fast
// is not this test's to say.
func TestShutdownSaysGoodbye(t *testing.T) {
	deck := testDeck(t)
	srv, hub := startServer(t, deck, nil)
	publish(hub, deck, 0, 0, nil)
	st := connect(t, srv, 80, 24, true)
	st.join(t, "ana")
	st.waitFor(t, "ana · ", hangGuard)
	waiting := connect(t, srv, 80, 24, true) // still at the name prompt
	waiting.waitFor(t, "What name", hangGuard)

	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	start := time.Now()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	st.waitFor(t, "goodbye", hangGuard)
	waiting.waitFor(t, "Goodbye", hangGuard)
	for _, s := range []*sshClient{st, waiting} {
		if err := s.sess.Wait(); err != nil {
			t.Errorf("session ended with %v, want a clean exit", err)
		}
	}
	t.Logf("shutdown took %v", time.Since(start))
}

func TestPanickingSessionIsContained(t *testing.T) {
	deck := testDeck(t)
	var panicked atomic.Bool
	srv, hub := startServer(t, deck, nil)
	srv.beforeRun = func(ssh.Session) {
		if panicked.CompareAndSwap(false, true) {
			panic("boom")
		}
	}
	publish(hub, deck, 0, 0, nil)
	c, err := dial(t, srv, testCode)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, _ := c.NewSession()
	var stderr strings.Builder
	sess.Stderr = &stderr
	_ = sess.RequestPty("xterm", 24, 80, nil)
	_ = sess.Shell()
	if err := sess.Wait(); err == nil || !strings.Contains(stderr.String(), "something went wrong") {
		t.Errorf("panicking session: err %v, stderr %q", err, stderr.String())
	}
	st := connect(t, srv, 80, 24, true)
	st.join(t, "after")
	st.waitFor(t, "after · ", follow)
}
