package sshserver

import (
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
)

// TestKeyKeepsAnonymousNumber: with --authorized-keys, a student who
// gives no name and logs in again with the same key is the same
// "student-N", with their answer; another key is another student.
func TestKeyKeepsAnonymousNumber(t *testing.T) {
	deck := testDeck(t)
	ana, bo := testSigner(t), testSigner(t)
	srv, hub := startServer(t, deck, func(c *Config) {
		c.AuthorizedKeys = []gossh.PublicKey{ana.PublicKey(), bo.PublicKey()}
	})
	n, q := quizSlide(t, deck)
	publish(hub, deck, n, deck.Slides[n].Steps, classroom.QuestionFrom(q, false))

	first := connectWith(t, srv, gossh.PublicKeys(ana), 100, 40, true)
	first.join(t, "")
	first.waitFor(t, "student-1 · slide", hangGuard)
	first.send(t, "1\r")
	first.waitFor(t, "✓ Answer sent", hangGuard)
	_ = first.client.Close()
	for start := time.Now(); hub.Students() != 0; time.Sleep(5 * time.Millisecond) {
		if time.Since(start) > hangGuard {
			t.Fatal("the hub did not see the first connection leave")
		}
	}

	other := connectWith(t, srv, gossh.PublicKeys(bo), 100, 40, true)
	other.join(t, "")
	other.waitFor(t, "student-2 · slide", hangGuard)
	back := connectWith(t, srv, gossh.PublicKeys(ana), 100, 40, true)
	back.join(t, "")
	back.waitFor(t, "student-1 · slide", hangGuard)
	back.waitFor(t, "✓ Answer sent", hangGuard)
	if known := hub.Known(); known[classroom.KeyIdentity(ana.PublicKey())] != "student-1" || known[classroom.KeyIdentity(bo.PublicKey())] != "student-2" {
		t.Errorf("the hub knows %v, want both keys' numbers", known)
	}
}
