// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces/policy"
)

// ruleShapes are the rules a large declaration is made of, each a
// format taking an interface name, and whether it is a slot rule: the
// shapes real declarations use, from shortcuts to lists of
// alternatives with attribute constraints.
var ruleShapes = []struct {
	slot bool
	text string
}{
	{false, "  %s: true\n"},
	{true, `  %s:
    allow-installation:
      slot-snap-type:
        - core
    deny-auto-connection: true
`},
	{false, `  %s:
    allow-installation: false
    deny-connection:
      on-classic: false
`},
	{true, `  %s:
    allow-installation:
      - slot-snap-type: [app]
        slot-attributes:
          name: (alpha|beta|gamma)-[0-9]+
      - slot-snap-type: [core, gadget]
    allow-connection:
      plug-attributes:
        content: $SLOT(content)
        read: $MISSING
      slot-publisher-id:
        - $PLUG_PUBLISHER_ID
        - canonical
    allow-auto-connection:
      - plug-names: [$INTERFACE, "NAME-[a-z]+"]
        slots-per-plug: "*"
      - on-classic: [ubuntu, debian/*, fedora/workstation]
        plugs-per-slot: 1
`},
	{false, `  %s:
    allow-installation:
      plug-snap-type:
        - app
      plug-attributes:
        path: /dev/tty[A-Z]+[0-9]*
        bus:
          - system
          - session
    deny-auto-connection:
      - on-store: [ubuntu-store, my-store]
      - on-model: [brand/model-a, brand/model-b]
`},
}

// largeDeclaration returns a base declaration of at least size bytes,
// each interface taking the next shape of ruleShapes. It checks that
// the declaration parses.
func largeDeclaration(tb fataler, size int) []byte {
	var plugs, slots bytes.Buffer
	for i := 0; plugs.Len()+slots.Len() < size; i++ {
		shape := ruleShapes[i%len(ruleShapes)]
		side := &plugs
		if shape.slot {
			side = &slots
		}
		fmt.Fprintf(side, shape.text, fmt.Sprintf("iface-%d", i))
	}
	text := []byte("type: base-declaration\nplugs:\n" + plugs.String() + "slots:\n" + slots.String())
	if _, err := policy.ParseDeclaration(text, "large.yaml"); err != nil {
		tb.Fatal(err)
	}
	return text
}

// snapDeclarationRules are the rules of typical snap declarations,
// NAME standing for the snap's name (in paths, bus names, content
// tags, brands): the interfaces a store grants by declaration,
// with the attribute constraints they come with.
var snapDeclarationRules = []struct {
	slot bool
	text string
}{
	{false, `  personal-files:
    allow-installation:
      plug-attributes:
        read:
          - \$HOME/\.config/NAME
          - \$HOME/\.local/share/NAME
        write:
          - \$HOME/\.NAME
    allow-auto-connection:
      plug-attributes:
        read:
          - \$HOME/\.config/NAME
          - \$HOME/\.local/share/NAME
        write:
          - \$HOME/\.NAME
`},
	{false, `  system-files:
    allow-installation:
      plug-attributes:
        read:
          - /etc/NAME
          - /var/lib/NAME/state
        write: /run/NAME
    allow-auto-connection:
      plug-attributes:
        read:
          - /etc/NAME
          - /var/lib/NAME/state
        write: /run/NAME
`},
	{false, `  content:
    allow-auto-connection:
      - slot-publisher-id:
          - $PLUG_PUBLISHER_ID
          - canonical
        plug-attributes:
          content: NAME-(themes|icons|sounds)
          target: \$SNAP/data-dir/NAME
      - slot-snap-id:
          - AbCdEf0123456789AbCdEf0123456789
        plugs-per-slot: "*"
`},
	{false, `  snapd-control:
    allow-installation: true
    allow-auto-connection: true
`},
	{false, `  docker-support:
    allow-installation: true
    allow-connection:
      on-classic: [ubuntu, debian/*, fedora]
    allow-auto-connection:
      on-classic: false
      on-store: [NAME-store]
`},
	{false, `  multipass-support:
    allow-installation:
      on-core-desktop: false
    deny-auto-connection: true
`},
	{false, `  kernel-module-control:
    allow-installation:
      plug-snap-type: [app, gadget]
    allow-auto-connection:
      on-model:
        - NAME/model-a
        - NAME/model-b
      on-brand: [NAME]
`},
	{false, `  shared-memory:
    allow-installation:
      plug-attributes:
        shared-memory: NAME-shm
        private: false
    allow-auto-connection:
      slot-attributes:
        shared-memory: $PLUG(shared-memory)
      slots-per-plug: 1
`},
	{true, `  dbus:
    allow-installation:
      slot-attributes:
        bus: (system|session)
        name: org\.NAME\.[A-Za-z]+
    allow-connection:
      plug-attributes:
        name: $SLOT(name)
        bus: $SLOT(bus)
    allow-auto-connection:
      plug-publisher-id: [$SLOT_PUBLISHER_ID]
`},
	{true, `  content:
    allow-installation:
      slot-snap-type: [app]
      slot-attributes:
        content: NAME-(runtime|sdk)
        read: $MISSING
    allow-auto-connection:
      plug-publisher-id:
        - $SLOT_PUBLISHER_ID
      plug-attributes:
        content: $SLOT(content)
`},
	{true, `  mpris:
    allow-installation:
      slot-attributes:
        name: NAME[0-9]*
    allow-auto-connection:
      plug-names: [$INTERFACE, "mpris-[a-z]+"]
`},
	{false, `  home:
    allow-auto-connection:
      plug-attributes:
        read: all
`},
	{false, `  removable-media:
    allow-auto-connection: true
`},
	{false, `  raw-usb:
    allow-installation:
      plug-snap-type: [app]
    allow-auto-connection:
      on-store: [NAME-store]
`},
	{false, `  hardware-observe:
    allow-auto-connection: true
`},
	{false, `  network-control:
    allow-auto-connection:
      on-classic: false
`},
	{false, `  log-observe:
    allow-auto-connection: true
`},
	{false, `  gpio-memory-control:
    allow-installation:
      on-model: [NAME/board-1]
    allow-auto-connection:
      on-model: [NAME/board-1]
`},
	{false, `  microstack-support:
    allow-installation: true
    allow-connection: true
    allow-auto-connection:
      plug-publisher-id: [canonical]
`},
	{true, `  serial-port:
    allow-installation:
      slot-snap-type: [gadget]
      slot-attributes:
        path: /dev/tty(USB|ACM)[0-9]+
        usb-vendor: 0x[0-9a-f]{4}
    allow-auto-connection:
      plug-publisher-id: [$SLOT_PUBLISHER_ID]
      slot-attributes:
        path: /dev/ttyUSB[0-9]+
`},
	{true, `  network-manager:
    allow-installation:
      slot-snap-type: [app, core]
    deny-auto-connection: false
    allow-auto-connection:
      plug-snap-id:
        - Zyx987654321Zyx987654321Zyx98765
        - Abc123456789Abc123456789Abc12345
`},
}

// snapDeclarations returns n snap declarations of 2 to 4 KB, drawn
// (the same on every call) from snapDeclarationRules: each has the
// headers of the assertion, then rules of shapes drawn one after the
// other, named after the snap, up to a size drawn between 2 and 5 KB
// (or all of the shapes, about 4 KB). Each is checked to parse.
func snapDeclarations(tb fataler, n int) [][]byte {
	files := snapDeclarationsRaw(n)
	for i, f := range files {
		if _, err := policy.ParseDeclarationFile(f, fmt.Sprintf("snap-%04d.yaml", i)); err != nil {
			tb.Fatal(err)
		}
	}
	return files
}

// snapDeclarationsRaw is snapDeclarations, unchecked.
func snapDeclarationsRaw(n int) [][]byte {
	rng := rand.New(rand.NewSource(int64(n)))
	const idChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	id := func() string {
		b := make([]byte, 32)
		for i := range b {
			b[i] = idChars[rng.Intn(len(idChars))]
		}
		return string(b)
	}
	files := make([][]byte, n)
	for i := range files {
		name := fmt.Sprintf("snap-%04d", i)
		want := 2048 + rng.Intn(3*1024)
		var plugs, slots bytes.Buffer
		fmt.Fprintf(&plugs, "type: snap-declaration\nauthority-id: canonical\nseries: \"16\"\nsnap-id: %s\npublisher-id: publisher%d\nsnap-name: %s\ntimestamp: 2026-01-02T03:04:05Z\nrevision: %d\n",
			id(), rng.Intn(100), name, rng.Intn(40))
		header := plugs.Len()
		used := map[int]bool{}
		for plugs.Len()+slots.Len() < want && len(used) < len(snapDeclarationRules) {
			k := rng.Intn(len(snapDeclarationRules))
			if used[k] {
				continue
			}
			used[k] = true
			rule := snapDeclarationRules[k]
			side := &plugs
			if rule.slot {
				side = &slots
			}
			if side == &plugs && plugs.Len() == header {
				plugs.WriteString("plugs:\n")
			}
			if side == &slots && slots.Len() == 0 {
				slots.WriteString("slots:\n")
			}
			side.WriteString(strings.ReplaceAll(rule.text, "NAME", name))
		}
		files[i] = append(plugs.Bytes(), slots.Bytes()...)
	}
	return files
}

// yamlBaseline is what yaml.v2 took, in the last run of a benchmark's
// yaml.v2 sub-benchmark, to unmarshal its text into interface{}, per
// file, in wall-clock and CPU time: the sub-benchmark that follows, in
// the same run, compares itself to it.
var yamlBaseline = map[string][2]float64{}

// benchmarkYAML unmarshals each file into interface{} with yaml.v2,
// as the baseline of a declaration benchmark, and records the time per
// file in yamlBaseline.
func benchmarkYAML(b *testing.B, files [][]byte, unit string) {
	setBytes(b, files)
	p := startPerUnit(b, len(files), unit)
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			var v interface{}
			if err := yaml.Unmarshal(f, &v); err != nil {
				b.Fatal(err)
			}
		}
	}
	p.stopAsYAMLBaseline()
}

// setBytes reports the size of files as the bytes each operation reads.
func setBytes(b *testing.B, files [][]byte) {
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
}

// stopAsYAMLBaseline stops p and records its time per unit as yaml.v2's
// for the sub-benchmark that follows in the same run.
func (p *perUnit) stopAsYAMLBaseline() {
	p.stop()
	yamlBaseline[benchName(p.b)] = p.perUnit()
}

// stopOverYAML stops p and reports x-yaml and cpu-x-yaml: its time per
// unit over yaml.v2's recorded just before, when there is one.
func (p *perUnit) stopOverYAML() {
	p.stop()
	if base, ok := yamlBaseline[benchName(p.b)]; ok {
		now := p.perUnit()
		p.b.ReportMetric(now[0]/base[0], "x-yaml")
		p.b.ReportMetric(now[1]/base[1], "cpu-x-yaml")
	}
}

// benchmarkDeclarations checks each file with check, and reports
// x-yaml and cpu-x-yaml: its time over that of yaml.v2 unmarshalling
// the same files just before (the target is at most 1.5).
func benchmarkDeclarations(b *testing.B, files [][]byte, unit string, check func([]byte) error) {
	setBytes(b, files)
	p := startPerUnit(b, len(files), unit)
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			if err := check(f); err != nil {
				b.Fatal(err)
			}
		}
	}
	p.stopOverYAML()
}

// BenchmarkParseDeclaration30K parses, validates and compiles a
// declaration of about 30 KB (ParseDeclaration), after yaml.v2 has
// unmarshalled the same text into interface{}: the parse sub-benchmark
// reports x-yaml, its time over yaml.v2's.
func BenchmarkParseDeclaration30K(b *testing.B) {
	files := [][]byte{largeDeclaration(b, 30<<10)}
	b.Run("yaml.v2", func(b *testing.B) { benchmarkYAML(b, files, "file") })
	b.Run("parse", func(b *testing.B) {
		benchmarkDeclarations(b, files, "file", func(f []byte) error {
			_, err := policy.ParseDeclaration(f, "large.yaml")
			return err
		})
	})
}

// BenchmarkSnapDeclarations1000 checks 1,000 snap declarations of 2 to
// 4 KB, 3.4 KB on average (snapDeclarations), as a store reviewing them does: each parsed,
// validated and compiled as a declaration file (ParseDeclarationFile).
// Per file, after yaml.v2 unmarshalled the same files into
// interface{}.
func BenchmarkSnapDeclarations1000(b *testing.B) {
	files := snapDeclarations(b, 1000)
	b.Run("yaml.v2", func(b *testing.B) { benchmarkYAML(b, files, "file") })
	b.Run("check", func(b *testing.B) {
		benchmarkDeclarations(b, files, "file", func(f []byte) error {
			_, err := policy.ParseDeclarationFile(f, "snap.yaml")
			return err
		})
	})
}
