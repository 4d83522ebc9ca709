package scenario

import (
	"errors"
	"testing"
)

// FuzzApply sets one parameter of one scenario to any text: Apply either
// accepts it with every value in range or says why not, and an accepted
// setting always runs to the end without a panic.
func FuzzApply(f *testing.F) {
	f.Add(uint8(2), "replication", "async")
	f.Add(uint8(0), "boot", "90s")
	f.Add(uint8(3), "nodes", "2")
	f.Add(uint8(5), "policy", "backoff")
	f.Add(uint8(4), "timeout", "200ms")
	f.Add(uint8(1), "heartbeat_timeout", "0.2")
	f.Fuzz(func(t *testing.T, which uint8, key, value string) {
		specs := Scenarios()
		spec := specs[int(which)%len(specs)]
		v, err := spec.Apply(map[string]string{key: value})
		if err != nil {
			var se *SettingError
			if !errors.As(err, &se) || se.Accepted == "" || se.Scenario != spec.Name {
				t.Fatalf("%s=%q: unhelpful error %v", key, value, err)
			}
			return
		}
		for _, p := range spec.Params {
			x := v[p.Key]
			if len(p.Choices) == 0 && (x < p.Min || x > p.Max) {
				t.Fatalf("%s=%q: %s=%v out of range", key, value, p.Key, x)
			}
		}
		r := New(spec, v, 1).Run()
		if m := r.Metrics; m.Availability < 0 || m.Availability > 1 || m.DowntimeSeconds > m.DurationSeconds {
			t.Fatalf("%s=%q: metrics %+v", key, value, m)
		}
	})
}
