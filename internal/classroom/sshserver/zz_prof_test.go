package sshserver

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"
)

func BenchmarkZZIdleProf(b *testing.B) {
	r := newRoom(b)
	r.startFleet(b, roomStudents)
	time.Sleep(roomIdle)
	runtime.GC()
	f, _ := os.Create("/tmp/render-idle2.prof")
	pprof.StartCPUProfile(f)
	start, cpu0 := time.Now(), cpuTime(b)
	for b.Loop() {
		time.Sleep(roomIdle)
	}
	pprof.StopCPUProfile()
	f.Close()
	cpu, wall := cpuTime(b)-cpu0, time.Since(start)
	b.ReportMetric(100*cpu.Seconds()/wall.Seconds(), "cpu-%")
}
