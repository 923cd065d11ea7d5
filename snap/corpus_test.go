// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type corpusSuite struct{}

var _ = check.Suite(&corpusSuite{})

// corpusDir returns the shared corpus of real snapcraft.yaml files, or
// skips the test when there is none.
func corpusDir(c *check.C) string {
	dir := testutil.CorpusDir()
	if dir == "" {
		c.Skip("no shared corpus beside the repository")
	}
	return dir
}

// corpusFailures lists the corpus files ReadInfo rejects, with why. All of
// them are valid today: templates with placeholders ("%VERSION%",
// "%ARCH%") parse, since neither version nor architecture names are
// checked beyond being non-empty.
var corpusFailures = map[string]string{}

// sources reads SOURCES.tsv into one map of column to value per file.
func sources(c *check.C, dir string) map[string]map[string]string {
	f, err := os.Open(filepath.Join(dir, "SOURCES.tsv"))
	c.Assert(err, check.IsNil)
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	records, err := r.ReadAll()
	c.Assert(err, check.IsNil)
	c.Assert(len(records) > 1, check.Equals, true)
	rows := map[string]map[string]string{}
	for _, record := range records[1:] {
		row := map[string]string{}
		for i, col := range records[0] {
			row[col] = record[i]
		}
		rows[row["filename"]] = row
	}
	return rows
}

func set(list string) []string {
	s := []string{}
	seen := map[string]bool{}
	for _, item := range strings.Split(list, ",") {
		if item != "" && !seen[item] {
			seen[item] = true
			s = append(s, item)
		}
	}
	sort.Strings(s)
	return s
}

func sortedSet(m map[string]bool) []string {
	s := []string{}
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

// TestCorpus reads every file of the corpus and checks what it finds
// against SOURCES.tsv. What the columns mean, as checked below:
//   - snap_name, confinement, base ("(unset)" for none), type and n_apps
//     are what the file declares, with snap.yaml's defaults applied;
//   - plugged_interfaces are the interfaces of the plugs that apps use:
//     plugs apps list, and top-level plugs no app or hook lists (which
//     bind to every app). A plug only hooks list is not in it (lxd's
//     configure hook plugs network, which no app does);
//   - hook_plugged_interfaces are the interfaces of the plugs hooks list
//     explicitly; top-level plugs nobody lists bind to hooks too, but are
//     not in the column;
//   - declares_slots is "no", or "yes:" and the interfaces of all slots;
//   - app_extensions are applied by snapcraft at build time and leave no
//     trace in the file's plugs, so they are not checked.
func (s *corpusSuite) TestCorpus(c *check.C) {
	dir := corpusDir(c)
	rows := sources(c, dir)
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	c.Assert(err, check.IsNil)
	c.Assert(files, check.Not(check.HasLen), 0)

	parsed := 0
	for _, file := range files {
		base := filepath.Base(file)
		comment := check.Commentf(base)
		info, err := snap.ReadInfo(file)
		if want, ok := corpusFailures[base]; ok {
			c.Check(err, check.ErrorMatches, want, comment)
			continue
		}
		if !c.Check(err, check.IsNil, comment) {
			continue
		}
		parsed++
		c.Check(snap.Validate(info), check.IsNil, comment)

		row, ok := rows[base]
		if !c.Check(ok, check.Equals, true, check.Commentf("%s is not in SOURCES.tsv", base)) {
			continue
		}
		c.Check(info.SuggestedName, check.Equals, row["snap_name"], comment)
		c.Check(string(info.Confinement), check.Equals, row["confinement"], comment)
		wantBase := row["base"]
		if wantBase == "(unset)" {
			wantBase = ""
		}
		c.Check(info.Base, check.Equals, wantBase, comment)
		c.Check(string(info.Type), check.Equals, row["type"], comment)
		nApps, err := strconv.Atoi(row["n_apps"])
		c.Assert(err, check.IsNil)
		c.Check(info.Apps, check.HasLen, nApps, comment)

		appPlugged := map[string]bool{}
		hookPlugged := map[string]bool{}
		explicitHookPlugged := map[string]bool{}
		for _, iface := range set(row["hook_plugged_interfaces"]) {
			explicitHookPlugged[iface] = true
		}
		for _, plug := range info.Plugs {
			if len(plug.Apps) > 0 {
				appPlugged[plug.Interface] = true
			}
			if len(plug.Hooks) > 0 {
				hookPlugged[plug.Interface] = true
				// Either a hook lists it, or it is bound to
				// every app and hook because nobody does.
				if !explicitHookPlugged[plug.Interface] {
					c.Check(len(plug.Apps) == len(info.Apps) && len(plug.Hooks) == len(info.Hooks), check.Equals, true,
						check.Commentf("%s: plug %q", base, plug.Name))
				}
			}
		}
		c.Check(sortedSet(appPlugged), check.DeepEquals, set(row["plugged_interfaces"]), comment)
		for iface := range explicitHookPlugged {
			c.Check(hookPlugged[iface], check.Equals, true, check.Commentf("%s: hook interface %q", base, iface))
		}

		slotIfaces := map[string]bool{}
		for _, slot := range info.Slots {
			slotIfaces[slot.Interface] = true
		}
		if row["declares_slots"] == "no" {
			c.Check(info.Slots, check.HasLen, 0, comment)
		} else {
			c.Check(strings.HasPrefix(row["declares_slots"], "yes:"), check.Equals, true, comment)
			c.Check(sortedSet(slotIfaces), check.DeepEquals, set(strings.TrimPrefix(row["declares_slots"], "yes:")), comment)
		}
	}
	for base := range rows {
		_, err := os.Stat(filepath.Join(dir, base))
		c.Check(err, check.IsNil, check.Commentf("SOURCES.tsv lists a missing file"))
	}
	for base := range corpusFailures {
		_, err := os.Stat(filepath.Join(dir, base))
		c.Check(err, check.IsNil, check.Commentf("corpusFailures lists a missing file"))
	}
	c.Logf("%d of %d corpus files parse", parsed, len(files))
}

// TestCorpusSamples checks a few files in detail: anchors and merge keys,
// gadget slots with attributes, snaps without apps, run-on architectures.
func (s *corpusSuite) TestCorpusSamples(c *check.C) {
	dir := corpusDir(c)
	read := func(name string) *snap.Info {
		info, err := snap.ReadInfo(filepath.Join(dir, name))
		c.Assert(err, check.IsNil)
		return info
	}

	// multipass: a plug named apart from its interface, with an
	// attribute; YAML anchors and merge keys in app environments.
	info := read("canonical__multipass.yaml")
	allHome := info.Plugs["all-home"]
	c.Assert(allHome, check.NotNil)
	c.Check(allHome.Interface, check.Equals, "home")
	c.Check(allHome.Attrs, check.DeepEquals, map[string]interface{}{"read": "all"})
	c.Check(names(allHome.Apps), check.DeepEquals, []string{"multipass", "multipassd"})
	c.Check(info.Plugs["home"].Interface, check.Equals, "home")
	c.Check(names(info.Plugs["home"].Apps), check.DeepEquals, []string{"gui"})
	c.Check(info.Apps["multipassd"].Daemon, check.Equals, "simple")
	c.Check(info.Apps["gui"].Command, check.Equals, "bin/launch-multipass-gui")
	c.Check(info.Apps["multipassd"].SecurityTag(), check.Equals, "snap.multipass.multipassd")

	// pi-gadget: a gadget with no apps, only slots, on arm64.
	info = read("snapcore__pi-gadget.yaml")
	c.Check(info.Type, check.Equals, snap.TypeGadget)
	c.Check(info.Apps, check.HasLen, 0)
	c.Check(info.Architectures, check.DeepEquals, []string{"arm64"})
	gpio := info.Slots["bcm-gpio-17"]
	c.Assert(gpio, check.NotNil)
	c.Check(gpio.Interface, check.Equals, "gpio")
	c.Check(gpio.Attrs, check.DeepEquals, map[string]interface{}{"number": int64(17)})
	c.Check(gpio.Apps, check.HasLen, 0)
	c.Check(gpio.SecurityTags(), check.HasLen, 0)
	c.Check(info.Slots["pwm0"].Attrs, check.DeepEquals, map[string]interface{}{"chip-number": int64(0), "channel": int64(0)})

	// gnome-sdk: a content snap built from a thousand lines of parts,
	// with anchors, and nothing that matters for confinement.
	info = read("ubuntu__gnome-sdk.yaml")
	c.Check(info.SuggestedName, check.Equals, "gnome-3-38-2004-sdk")
	c.Check(info.Apps, check.HasLen, 0)
	c.Check(info.Plugs, check.HasLen, 0)
	c.Check(info.Slots, check.HasLen, 0)

	// edgex: many apps listing plugs in both list styles, no base.
	info = read("edgexfoundry__edgex-go.yaml")
	c.Check(info.Base, check.Equals, "")
	c.Check(info.Version, check.Equals, "replace-me")
	c.Check(names(info.Apps["consul"].Plugs), check.DeepEquals, []string{"network", "network-bind"})
	c.Check(info.Apps["cassandra"].Daemon, check.Equals, "forking")

	// steamforwindows: run-on names where the snap runs.
	info = read("snapcrafters__steamforwindows.yaml")
	c.Check(info.Architectures, check.DeepEquals, []string{"amd64", "i386"})

	// AdGuardHome: a template, every key quoted, placeholders kept.
	info = read("AdguardTeam__AdGuardHome.yaml")
	c.Check(info.Version, check.Equals, "%VERSION%")
	c.Check(info.Architectures, check.DeepEquals, []string{"%ARCH%"})
	c.Check(names(info.Apps["adguard-home"].Plugs), check.DeepEquals, []string{"network-bind", "network-control", "network-observe"})
}

// TestCorpusErrorPositions breaks real files in one place and checks that
// the error points at the right line of the right file.
func (s *corpusSuite) TestCorpusErrorPositions(c *check.C) {
	dir := corpusDir(c)
	tmp := c.MkDir()
	for _, t := range []struct {
		file, old, new, err string
	}{
		{"canonical__multipass.yaml", "confinement: strict", "confinement: strictest",
			`.*/canonical__multipass.yaml:13: unknown confinement "strictest"`},
		{"canonical__multipass.yaml", "      - network-manager # for", "      - Network-Manager # for",
			`.*/canonical__multipass.yaml:61: invalid plug name: "Network-Manager"`},
		{"canonical__multipass.yaml", "    interface: home", "    interface: Home",
			`.*/canonical__multipass.yaml:36: invalid interface name "Home" for plug "all-home"`},
		{"snapcore__pi-gadget.yaml", "  bcm-gpio-17:\n    interface: gpio\n    number: 17", "  bcm-gpio-17:\n    interface: gpio\n    number:",
			`.*/snapcore__pi-gadget.yaml:178: attribute "number" of slot "bcm-gpio-17" has no value`},
		{"edgexfoundry__edgex-go.yaml", "    daemon: forking", "    daemon: forked",
			`.*/edgexfoundry__edgex-go.yaml:42: unknown daemon type "forked" for app "cassandra"`},
		{"edgexfoundry__edgex-go.yaml", "plugs: [network, network-bind, system-observe, process-control, hardware-observe]",
			"plugs: [network, network-bind, system-observe, process_control, hardware-observe]",
			`.*/edgexfoundry__edgex-go.yaml:56: invalid plug name: "process_control"`},
		{"canonical__multipass.yaml", "  multipass:\n    environment:", "  multi pass:\n    environment:",
			`.*/canonical__multipass.yaml:66: invalid app name: "multi pass"`},
		{"AdguardTeam__AdGuardHome.yaml", "'confinement': 'strict'", "'confinement': 'strict",
			`.*/AdguardTeam__AdGuardHome.yaml:18: cannot parse snap.yaml: did not find expected key`},
	} {
		src, err := os.ReadFile(filepath.Join(dir, t.file))
		c.Assert(err, check.IsNil)
		c.Assert(strings.Count(string(src), t.old), check.Equals, 1, check.Commentf("%s: %q", t.file, t.old))
		path := filepath.Join(tmp, t.file)
		c.Assert(os.WriteFile(path, []byte(strings.Replace(string(src), t.old, t.new, 1)), 0o644), check.IsNil)
		_, err = snap.ReadInfo(path)
		c.Check(err, check.ErrorMatches, t.err)
	}
}
