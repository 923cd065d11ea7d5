// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/internal/yamlpos"
	"github.com/snapiface/snapiface/snap"
)

// FuzzInfoFromSnapYaml checks that no input panics, that every error is
// a *snap.YamlError, that whatever is accepted passes Validate, and that
// the check of flow collections before decoding only refuses what nests
// that deep.
// Crashers found are kept under testdata/fuzz/FuzzInfoFromSnapYaml.
func FuzzInfoFromSnapYaml(f *testing.F) {
	for _, seed := range []string{
		"",
		"name: foo\n",
		"name: foo\nversion: 1.10\ntype: gadget\nconfinement: devmode\nbase: core22\n",
		"name: foo\narchitectures:\n  - build-on: [amd64, arm64]\n    build-for: arm64\n  - i386\n",
		"name: foo\nplatforms:\n  amd64:\n  pi: {build-on: amd64, build-for: [armhf]}\n",
		"name: foo\napps:\n  a:\n    command: bin/a\n    daemon: simple\n    plugs: [network, x]\n    slots: [s]\nhooks:\n  install:\n    plugs: [x]\n",
		"name: foo\nplugs:\n  x: home\n  y:\n  z:\n    interface: content\n    target: $SNAP/x\n    list: [1, 2.5, {a: [b]}]\nslots:\n  s: {interface: dbus, bus: session}\n",
		"name: foo\nx: &a {command: c, plugs: [p]}\napps:\n  a:\n    <<: *a\n  b: *a\n",
		"name: foo\napps:\n  yes:\n  \"yes\":\n",
		"name: foo\nplugs:\n  p:\n    a: {1: x}\n    b: 99999999999999999999\n",
		"? [a]\n: b\n",
		"[]",
		"name: foo\n  bad: indent\n",
		// A trimmed real snapcraft.yaml.
		`name: multipass
summary: Instant Ubuntu VMs
adopt-info: multipass
confinement: strict
base: core20
plugs:
  all-home:
    interface: home
    read: all
apps:
  multipassd:
    command: bin/launch-multipassd
    environment:
      XDG_CONFIG_HOME: &daemon-config $SNAP_DATA/config
      DAEMON_CONFIG_HOME: *daemon-config # temporary
    daemon: simple
    plugs:
      - all-home
      - firewall-control
      - network-manager # for bridge creation
  multipass:
    environment:
      <<: &client-environment
        XDG_DATA_HOME: $SNAP_USER_DATA/data
      DAEMON_CONFIG_HOME: *daemon-config
    command: bin/launch-multipass
    plugs: [all-home, network]
  gui:
    environment: *client-environment
    command: bin/launch-multipass-gui
    plugs:
      - home
      - x11
parts:
  multipass:
    plugin: cmake
    build-packages:
    - on arm64: [libgles2-mesa-dev]
    override-build: |
      snapcraftctl build
`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The check of flow collections before decoding never
		// refuses what does not nest as deep, at small limits too.
		for limit := 1; limit <= 3; limit++ {
			line := snap.TooDeep(data, limit)
			if line == 0 {
				continue
			}
			if lines := strings.Count(snap.NormalizeBreaks(data), "\n") + 1; line > lines {
				t.Fatalf("flow too deep on line %d of %d", line, lines)
			}
			var v interface{}
			if yaml.Unmarshal(data, &v) == nil && nesting(v) <= limit {
				t.Fatalf("flow deeper than %d on line %d, but the document nests %d deep", limit, line, nesting(v))
			}
		}
		info, err := snap.InfoFromSnapYaml(data)
		if err != nil {
			var yerr *snap.YamlError
			if !errors.As(err, &yerr) {
				t.Fatalf("error is %T, not *snap.YamlError: %v", err, err)
			}
			if info != nil {
				t.Fatalf("info returned with error %v", err)
			}
			return
		}
		if err := snap.Validate(info); err != nil {
			t.Fatalf("accepted metadata does not validate: %v", err)
		}
		// The count of values in the text never refuses a snap.yaml
		// that holds no more (at any limit: the document's own
		// count less one is the largest it must pass).
		n := snap.CountValues(data)
		for _, limit := range []int{n - 2, n - 1, n / 2} {
			if limit < 0 {
				continue
			}
			if line := snap.TooMany(data, limit); line > 0 && n <= limit+1 {
				t.Fatalf("more than %d values on line %d, but the document holds %d with its root", limit, line, n)
			}
		}
		// The scanner must cope with anything the parser accepts.
		for name := range info.Apps {
			yamlpos.Line(data, "apps", name, "plugs", "0")
		}
		for name := range info.Plugs {
			yamlpos.Line(data, "plugs", name, "interface")
		}
	})
}
