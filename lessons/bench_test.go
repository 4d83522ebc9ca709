package lessons_test

import (
	"testing"

	"faultline/assets"
	"faultline/lessons"
)

// BenchmarkLoadBuiltinCourse loads, checks and cuts into parts every
// lesson of the built-in course, with its glossary.
func BenchmarkLoadBuiltinCourse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lessons.Load(assets.FS); err != nil {
			b.Fatal(err)
		}
	}
}
