package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/internal/lecture"
)

// TestServeBadInput checks the classroom flags: misuse exits 2 with one
// line naming the problem and nothing on stdout.
func TestServeBadInput(t *testing.T) {
	keys := filepath.Join(t.TempDir(), "keys")
	if err := os.WriteFile(keys, []byte("# nobody\nnot a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"listen without serve", []string{"lecture", "--listen", "0.0.0.0:2222"}, "--listen goes with --serve"},
		{"max without serve", []string{"lecture", "--max-students", "5"}, "--max-students goes with --serve"},
		{"keys without serve", []string{"lecture", "--authorized-keys", keys}, "--authorized-keys goes with --serve"},
		{"serve with notes", []string{"lecture", "--notes", "--serve"}, "--serve belongs to the presenting terminal"},
		{"bad listen", []string{"lecture", "--serve", "--listen", "2222"}, `invalid --listen "2222"`},
		{"zero students", []string{"lecture", "--serve", "--max-students", "0"}, "invalid --max-students 0"},
		{"limit without serve", []string{"lecture", "--wrong-codes-per-minute", "5"}, "--wrong-codes-per-minute goes with --serve"},
		{"zero wrong codes", []string{"lecture", "--serve", "--wrong-codes-per-minute", "0"}, "invalid --wrong-codes-per-minute 0"},
		{"zero logging in", []string{"lecture", "--serve", "--max-logging-in", "0"}, "invalid --max-logging-in 0"},
		{"zero idle", []string{"lecture", "--serve", "--idle-timeout", "0s"}, "--idle-timeout and --max-timeout must be positive"},
		{"bad keys file", []string{"lecture", "--serve", "--authorized-keys", keys}, keys + ":2: not a public key"},
		{"missing keys file", []string{"lecture", "--serve", "--authorized-keys", keys + ".none"}, "cannot read authorized keys"},
		{"no terminal", []string{"lecture", "--serve"}, "needs a terminal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, tt.args...)
			if code != 2 || out != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want 2 and nothing", code, out, errOut)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q, want one line with %q", errOut, tt.want)
			}
		})
	}
}

// TestServeStart starts the classroom as --serve does: the host key is
// made in the state directory and reused, students connect with the join
// code, and stopping ends their sessions.
func TestServeStart(t *testing.T) {
	t.Setenv("FAULTLINE_STATE_DIR", t.TempDir())
	c, _ := coursetest.Course(t)
	deck, err := lecture.NewDeck(c, []string{"fallacies"})
	if err != nil {
		t.Fatal(err)
	}
	p := servePlan{on: true, listen: "127.0.0.1:0", maxStudents: 3, idle: time.Minute, max: time.Hour}
	var prints, codes []string
	for i := range 2 { // the second lecture reuses the first one's key and, resumed, its code
		code := ""
		if i > 0 {
			code = codes[0]
		}
		class, stop, err := p.start(deck, classroom.Config{JoinCode: code, NumberedBefore: uint64(6 * i)})
		if err != nil {
			t.Fatal(err)
		}
		// A student who gives no name is numbered after the resumed
		// lecture's highest.
		if s, err := class.Hub.Join("", "127.0.0.1:9"); err != nil || s.Name() != fmt.Sprintf("student-%d", 6*i+1) {
			t.Errorf("lecture %d: an anonymous student joins as %v, %v", i+1, s, err)
		} else {
			class.Hub.Leave(s)
		}
		prints = append(prints, class.Fingerprint)
		codes = append(codes, class.Hub.JoinCode())
		if !strings.HasPrefix(class.Connect, "ssh -p ") || !strings.HasSuffix(class.Connect, " localhost") || class.KeysOnly {
			t.Errorf("connect line %q, keys only %v", class.Connect, class.KeysOnly)
		}
		addr := "127.0.0.1:" + strings.Fields(class.Connect)[2]
		cl, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "s", Auth: []gossh.AuthMethod{gossh.Password(class.Hub.JoinCode())},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
		if err != nil {
			t.Fatalf("student login: %v", err)
		}
		_ = cl.Close()
		stop()
	}
	if prints[0] != prints[1] || !strings.HasPrefix(prints[0], "SHA256:") {
		t.Errorf("host key fingerprints %q: want the same SHA256 key twice", prints)
	}
	if codes[0] != codes[1] || len(codes[0]) != classroom.CodeLen {
		t.Errorf("join codes %q: a resumed lecture should keep its code", codes)
	}
}
