package scenario

import (
	"errors"
	"strings"
	"testing"
)

func TestApply(t *testing.T) {
	hot := mustSpec(t, "hot-standby")
	tests := []struct {
		name     string
		set      map[string]string
		key      string
		want     float64
		problem  Problem
		inError  []string // substrings of the error message
		scenario string
	}{
		{name: "defaults", set: nil, key: "heartbeat_timeout", want: 3},
		{name: "seconds with unit", set: map[string]string{"heartbeat_timeout": "2s"}, key: "heartbeat_timeout", want: 2},
		{name: "milliseconds", set: map[string]string{"heartbeat_timeout": "500ms", "heartbeat_interval": "250ms"}, key: "heartbeat_timeout", want: 0.5},
		{name: "timeout one tick over interval", set: map[string]string{"heartbeat_timeout": "1.1s"}, key: "heartbeat_timeout", want: 1.1},
		{name: "timeout not over interval", set: map[string]string{"heartbeat_timeout": "500ms"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=0.5s is out of range", "at least heartbeat_interval + 0.1s, here 1.1s"}},
		{name: "timeout between interval and one tick over, checked as typed", set: map[string]string{"heartbeat_timeout": "1.05s"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=1.05s is out of range", "here 1.1s"}},
		{name: "timeout a hair under one tick over", set: map[string]string{"heartbeat_timeout": "1.0999s"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=1.0999s", "here 1.1s"}},
		{name: "timeout equal to interval", set: map[string]string{"heartbeat_timeout": "2s", "heartbeat_interval": "2s"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=2s", "here 2.1s"}},
		{name: "interval raised past the default timeout", set: map[string]string{"heartbeat_interval": "5s"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=3s", "here 5.1s"}},
		{name: "plain seconds", set: map[string]string{"heartbeat_timeout": "1.5"}, key: "heartbeat_timeout", want: 1.5},
		{name: "choice", set: map[string]string{"replication": "async"}, key: "replication", want: replicationAsync},
		{name: "choice any case", set: map[string]string{"replication": "SYNC"}, key: "replication", want: replicationSync},
		{name: "fraction", set: map[string]string{"writes": "0.5"}, key: "writes", want: 0.5},
		{name: "unknown key", set: map[string]string{"heartbeat": "1s"}, problem: UnknownKey,
			inError: []string{"hot-standby", `unknown parameter "heartbeat"`, "heartbeat_interval", "replication"}},
		{name: "bad duration", set: map[string]string{"lag": "soon"}, problem: BadValue,
			inError: []string{`lag="soon"`, "a duration from 0s to 10s", "500ms"}},
		{name: "bad choice", set: map[string]string{"replication": "maybe"}, problem: BadValue,
			inError: []string{`replication="maybe"`, "one of sync, async"}},
		{name: "out of range", set: map[string]string{"heartbeat_timeout": "31s"}, problem: OutOfRange,
			inError: []string{"heartbeat_timeout=31s is out of range", "from 0.2s to 30s"}},
		{name: "negative", set: map[string]string{"rate": "-5"}, problem: OutOfRange,
			inError: []string{"rate=-5", "a number from 1 req/s to 2000 req/s"}},
		{name: "not a number", set: map[string]string{"rate": "NaN"}, problem: BadValue},
		{name: "infinite", set: map[string]string{"promotion": "Inf"}, problem: BadValue},
		{name: "first bad key in order", set: map[string]string{"zzz": "1", "aaa": "1"}, problem: UnknownKey,
			inError: []string{`"aaa"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := hot.Apply(tt.set)
			if len(tt.inError) > 0 || tt.problem != Malformed {
				var se *SettingError
				if !errors.As(err, &se) || se.Problem != tt.problem || se.Scenario != "hot-standby" {
					t.Fatalf("err = %v, want a %v SettingError", err, tt.problem)
				}
				for _, s := range tt.inError {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q lacks %q", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v[tt.key] != tt.want || len(v) != len(hot.Params) {
				t.Errorf("%s = %v (of %d values), want %v", tt.key, v[tt.key], len(v), tt.want)
			}
		})
	}
}

func TestIntegerParams(t *testing.T) {
	aa := mustSpec(t, "active-active")
	if _, err := aa.Apply(map[string]string{"nodes": "2.5"}); err == nil {
		t.Error("nodes=2.5 accepted")
	}
	v, err := aa.Apply(map[string]string{"nodes": "8"})
	if err != nil || v["nodes"] != 8 {
		t.Fatalf("nodes=8: %v %v", v, err)
	}
	if got := aa.Report(v)["nodes"]; got != 8 {
		t.Errorf("report nodes = %#v, want int 8", got)
	}
}

func TestParseSettings(t *testing.T) {
	tests := []struct {
		args    []string
		want    map[string]string
		problem Problem
	}{
		{args: []string{"lag=2s", " rate = 50 "}, want: map[string]string{"lag": "2s", "rate": "50"}},
		{args: nil, want: map[string]string{}},
		{args: []string{"lag"}, problem: Malformed},
		{args: []string{"=2"}, problem: Malformed},
		{args: []string{"lag="}, problem: Malformed},
		{args: []string{"lag=1", "lag=2"}, problem: Duplicate},
	}
	for _, tt := range tests {
		got, err := ParseSettings("hot-standby", tt.args)
		if tt.want == nil {
			var se *SettingError
			if !errors.As(err, &se) || se.Problem != tt.problem || se.Scenario != "hot-standby" {
				t.Errorf("%q: err %v, want problem %v", tt.args, err, tt.problem)
			}
			continue
		}
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("%q: %v %v", tt.args, got, err)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("%q: %s=%q, want %q", tt.args, k, got[k], v)
			}
		}
	}
}

func TestFormat(t *testing.T) {
	spec := mustSpec(t, "hot-standby")
	tests := []struct {
		key  string
		v    float64
		want string
	}{
		{"heartbeat_timeout", 3, "3s"},
		{"lag", 0.25, "0.25s"},
		{"replication", 1, "async"},
		{"rate", 100, "100 req/s"},
		{"writes", 0.2, "0.2"},
	}
	for _, tt := range tests {
		p, _ := spec.Param(tt.key)
		if got := p.Format(tt.v); got != tt.want {
			t.Errorf("%s: Format(%v) = %q, want %q", tt.key, tt.v, got, tt.want)
		}
		// What Format writes, Parse reads back.
		if back, err := p.Parse(strings.TrimSuffix(p.Format(tt.v), " "+p.Unit)); err != nil || back != tt.v {
			t.Errorf("%s: Parse(Format(%v)) = %v, %v", tt.key, tt.v, back, err)
		}
	}
}

func TestNewCompletesValues(t *testing.T) {
	spec := mustSpec(t, "active-active")
	r := New(spec, Values{"nodes": 99, "rate": -3, "check_threshold": 2.6}, 1).Run()
	if r.Params["nodes"] != 8 || r.Params["rate"] != 1.0 || r.Params["check_threshold"] != 3 || r.Params["capacity"] != 120.0 {
		t.Errorf("params = %v", r.Params)
	}
}
