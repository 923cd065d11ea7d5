// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/snapiface/snapiface/snap"
)

// adversarialSize is the size of the adversarial snap.yaml.
const adversarialSize = 1_000_000

// adversarialSnapYaml returns a snap.yaml of adversarialSize bytes or a
// little more, everything a hostile author may write at once without
// passing a limit: 2,100 plugs and 1,500 slots with attributes (long
// strings, lists, every 50th plug nested snap.MaxAttrDepth deep), 1,000
// apps and 30 hooks listing them, 10 plugs that no app lists (bound to
// every app and hook), a 1,000-character summary, and lists nested
// snap.MaxTextDepth (64) deep under a key snapiface ignores.
// With refused set, the last slot nests one level deeper than the
// limit, so that the document is refused after all the rest is read.
func adversarialSnapYaml(refused bool) []byte {
	var b strings.Builder
	long := strings.Repeat("x", 60)
	fmt.Fprintf(&b, "name: adversarial\nversion: \"1.0\"\nsummary: %s\n", strings.Repeat("s", 1000))
	fmt.Fprintf(&b, "x-deep: %s%s\n", strings.Repeat("[", snap.MaxTextDepth), strings.Repeat("]", snap.MaxTextDepth))
	nested := func(depth int) string { return strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth) }
	const plugs, slots, apps, hooks, unlisted = 2100, 1500, 1000, 30, 10
	b.WriteString("plugs:\n")
	for i := 0; i < plugs+unlisted; i++ {
		fmt.Fprintf(&b, "  p%04d:\n    interface: content\n    target: $SNAP/data/%s/%d\n    source:\n      read: [$SNAP/a/%[2]s, $SNAP/b/%[2]s]\n", i, long, i)
		if i%50 == 0 {
			fmt.Fprintf(&b, "    deep: %s\n", nested(snap.MaxAttrDepth))
		}
	}
	b.WriteString("slots:\n")
	for i := 0; i < slots; i++ {
		fmt.Fprintf(&b, "  s%04d:\n    interface: dbus\n    bus: session\n    name: org.example.%s%d\n", i, long[:60], i)
	}
	if refused {
		fmt.Fprintf(&b, "  zz-deep:\n    interface: dbus\n    deep: %s\n", nested(snap.MaxAttrDepth+1))
	}
	b.WriteString("apps:\n")
	for i := 0; i < apps; i++ {
		fmt.Fprintf(&b, "  app%04d:\n    command: bin/%s\n    daemon: simple\n    plugs: [", i, long[:40])
		for j := 0; j < 5; j++ {
			fmt.Fprintf(&b, "p%04d, ", (i*5+j)%plugs)
		}
		fmt.Fprintf(&b, "network]\n    slots: [s%04d, s%04d]\n", (2*i)%slots, (2*i+1)%slots)
	}
	b.WriteString("hooks:\n")
	for i := 0; i < hooks; i++ {
		fmt.Fprintf(&b, "  hook-%d:\n    plugs: [p%04d]\n", i, i)
	}
	// Pad to the size with a comment: a document smaller than the
	// size would flatter the figures.
	if pad := adversarialSize - b.Len(); pad > 2 {
		b.WriteString("#" + strings.Repeat("c", pad-2) + "\n")
	}
	return []byte(b.String())
}

// peakHeap samples the heap's size (objects, live or not yet swept)
// every 100 µs until stopped, and keeps the largest: the most memory
// the heap held while it ran, short of a peak between two samples.
type peakHeap struct {
	stop chan struct{}
	done sync.WaitGroup
	peak uint64
}

func startPeakHeap() *peakHeap {
	p := &peakHeap{stop: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > p.peak {
			p.peak = v
		}
	}
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		tick := time.NewTicker(100 * time.Microsecond)
		defer tick.Stop()
		for {
			read()
			select {
			case <-p.stop:
				read()
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

func (p *peakHeap) end() uint64 {
	close(p.stop)
	p.done.Wait()
	return p.peak
}

// hostileShapes are the snap.yaml files BenchmarkAdversarialSnapYaml
// parses, each with what its error must say ("" when it is accepted).
var hostileShapes = []struct {
	name, err string
	data      func() []byte
}{
	// Everything at once, accepted, and refused at its very end.
	{"accepted", "", func() []byte { return adversarialSnapYaml(false) }},
	{"refused", "nests lists and maps more than 32 deep", func() []byte { return adversarialSnapYaml(true) }},
	// Lists nested 9990 deep in an attribute: 20 KB, and 1 MB of them
	// in 49 plugs, refused before decoding.
	{"deep-20KB", "lists and maps nest more than 64 deep", func() []byte { return deepPlugs(20_000) }},
	{"deep-1MB", "lists and maps nest more than 64 deep", func() []byte { return deepPlugs(adversarialSize) }},
	// The densest document: one list of 333,000 integers, refused
	// for its number of values once yaml.v2 has decoded it all.
	{"dense-1MB", "more than 100000 values", func() []byte {
		return []byte("name: dense\nplugs:\n  p:\n    a: [" + strings.Repeat("1,", adversarialSize/2-20) + "1]\n")
	}},
}

// deepPlugs returns a snap.yaml of about size bytes of plugs whose
// attribute is a list nested 9990 deep.
func deepPlugs(size int) []byte {
	var b strings.Builder
	b.WriteString("name: deep\nplugs:\n")
	for i := 0; i == 0 || b.Len() < size-20_000; i++ {
		fmt.Fprintf(&b, "  p%d:\n    a: %s%s\n", i, strings.Repeat("[", 9990), strings.Repeat("]", 9990))
	}
	return []byte(b.String())
}

// BenchmarkAdversarialSnapYaml parses and validates hostile snap.yaml
// files (hostileShapes), the first a 1 MB one with everything at once
// (adversarialSnapYaml). Besides time and B/op it reports peak-heap-B,
// the largest heap sampled during three parses outside the timed loop,
// each after a collection, so that it is one parse's peak (the input
// included); a sample is taken every 100 µs, so that a peak shorter
// than that may be missed.
func BenchmarkAdversarialSnapYaml(b *testing.B) {
	for _, shape := range hostileShapes {
		b.Run(shape.name, func(b *testing.B) {
			data := shape.data()
			info, err := snap.InfoFromSnapYaml(data)
			switch {
			case shape.err == "" && err != nil:
				b.Fatal(err)
			case shape.err != "" && (err == nil || !strings.Contains(err.Error(), shape.err)):
				b.Fatalf("got error %v, want one saying %q", err, shape.err)
			case shape.name == "accepted" && (len(info.Plugs) < 2100 || len(info.Slots) < 1500 || len(info.Apps) != 1000):
				b.Fatalf("%d plugs, %d slots, %d apps", len(info.Plugs), len(info.Slots), len(info.Apps))
			}
			info = nil
			// The peak heap of three parses, each after a
			// collection, outside the timed loop.
			var peak uint64
			for i := 0; i < 3; i++ {
				runtime.GC()
				p := startPeakHeap()
				snap.InfoFromSnapYaml(data)
				peak = max(peak, p.end())
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				snap.InfoFromSnapYaml(data)
			}
			b.ReportMetric(float64(peak), "peak-heap-B")
		})
	}
}
