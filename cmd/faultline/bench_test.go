package main

import (
	"strings"
	"testing"
)

// benchmarkNines runs `faultline nines` with args to completion.
func benchmarkNines(b *testing.B, args ...string) {
	for b.Loop() {
		if _, errOut, code := run(b, append([]string{"nines"}, args...)...); code != 0 && code != 2 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
	}
}

// components is n copies of availability a.
func components(n int, a string) []string {
	return strings.Fields(strings.Repeat(a+" ", n))
}

func BenchmarkNinesSerial10000(b *testing.B) {
	benchmarkNines(b, append([]string{"--serial"}, components(10000, "99.9")...)...)
}

func BenchmarkNinesParallel10000(b *testing.B) {
	benchmarkNines(b, append([]string{"--parallel"}, components(10000, "99.9")...)...)
}

func BenchmarkNinesParallel10000JSON(b *testing.B) {
	benchmarkNines(b, append([]string{"-o", "json", "--parallel"}, components(10000, "99.99999")...)...)
}

func BenchmarkNinesNestedKofN(b *testing.B) {
	benchmarkNines(b, "--expr", "1of10(1of100(99."+strings.Repeat("9", 200)+"))")
}
