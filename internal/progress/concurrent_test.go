package progress

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"faultline/internal/statedir"
)

// The helper process: when helperEnv is set, TestHelperProcess increments
// one counter helperRounds times through its own Store and exits.
const (
	helperEnv     = "FAULTLINE_PROGRESS_HELPER"
	helperPathEnv = "FAULTLINE_PROGRESS_HELPER_PATH"
	helperRounds  = 50
)

// bump increments the Seen counter of question id and marks one more
// section of the lesson named after id, in one Update.
func bump(s *Store, id string, round int) error {
	_, err := s.Update(func(st *State) {
		r := st.Quiz[id]
		r.Seen++
		st.SetRecord(id, r)
		st.MarkRead("lesson-"+id, strconv.Itoa(round), round, helperRounds, t0)
	})
	return err
}

// checkCounters asserts that every counter in ids reached want and every
// lesson recorded want distinct sections.
func checkCounters(t *testing.T, path string, ids []string, want int) {
	t.Helper()
	st, notice, err := Open(path).Load()
	if err != nil || notice != "" {
		t.Fatalf("Load() notice %q, err %v", notice, err)
	}
	for _, id := range ids {
		if got := st.Quiz[id].Seen; got != want {
			t.Errorf("counter %s = %d, want %d (updates lost)", id, got, want)
		}
		if n, _ := st.LessonSummary("lesson-" + id); n != want {
			t.Errorf("lesson-%s has %d sections read, want %d", id, n, want)
		}
	}
}

func TestConcurrentGoroutines(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	shared := Open(path)
	const workers = 8
	var ids []string
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		id := fmt.Sprintf("g%d", w)
		ids = append(ids, id)
		// Half the workers share one Store, half have their own, as
		// separate screens of one program might (where the platform can
		// lock the file).
		s := shared
		if w%2 == 1 && statedir.LocksAcrossProcesses {
			s = Open(path)
		}
		wg.Go(func() {
			for round := range helperRounds {
				if err := bump(s, id, round); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkCounters(t, path, ids, helperRounds)
}

func TestConcurrentProcesses(t *testing.T) {
	if !statedir.LocksAcrossProcesses {
		t.Skip("no file locking on " + runtime.GOOS)
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path := filepath.Join(t.TempDir(), "faultline", FileName)
	ids := []string{"p0", "p1", "p2"}
	cmds := make([]*exec.Cmd, len(ids))
	for i, id := range ids {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), helperEnv+"="+id, helperPathEnv+"="+path)
		cmd.Stderr = os.Stderr // its test-framework chatter on stdout is dropped
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds[i] = cmd
	}
	// This process competes too.
	for round := range helperRounds {
		if err := bump(Open(path), "parent", round); err != nil {
			t.Error(err)
			break
		}
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("helper %s: %v", ids[i], err)
		}
	}
	checkCounters(t, path, append(ids, "parent"), helperRounds)
}

// TestHelperProcess is not a test: TestConcurrentProcesses runs the test
// binary with helperEnv set to make it one of the competing processes.
func TestHelperProcess(t *testing.T) {
	id := os.Getenv(helperEnv)
	if id == "" {
		t.Skip("helper process for TestConcurrentProcesses")
	}
	s := Open(os.Getenv(helperPathEnv))
	for round := range helperRounds {
		if err := bump(s, id, round); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
