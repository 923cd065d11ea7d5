// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/testutil"
)

// The hostile-input table: testdata/hostile holds one crafted snap.yaml
// per attack, as a hostile snap author would write it (injection through
// every attribute family, path traversal, glob widening, huge paths,
// many paths, system impersonation, reserved names), each described by
// its first line. Every file is fed through profile --check, and each
// must be refused with a message that names the field, or rendered with
// no rule beyond the interface's own: the same profile, but for the
// value, as its benign twin (NAME.benign.yaml).
type hostileSuite struct{}

var _ = check.Suite(&hostileSuite{})

const hostileData = "testdata/hostile/"

// hostileCase is one file of testdata/hostile and what must become of
// it. Exactly one of dropped, refused and rendered is set.
type hostileCase struct {
	file string
	// dropped matches the line that reports the plug or slot dropped,
	// after "dropped ": the snap is rendered without it.
	dropped string
	// refused matches the error that refuses the whole snap.
	refused string
	// rendered lists the pieces of the profile that differ from the
	// benign twin's, each beside what stands there in the twin.
	rendered [][2]string
}

var hostileCases = []hostileCase{
	{file: "inj-content-target", dropped: `plug inj-content-target:p \(interface "content"\): "target" "\$SNAP/kit,\\n/\*\* rwk": .* contains a control character`},
	{file: "inj-content-tag", dropped: `plug inj-content-tag:p \(interface "content"\): "content" "kit \{a,b\}" contains "\{", .*`},
	{file: "inj-content-read", dropped: `slot inj-content-read:s \(interface "content"\): read\[0\] "\$SNAP/lib }": .* contains "}", .*`},
	{file: "inj-content-source-write", dropped: `slot inj-content-source-write:s \(interface "content"\): write\[0\] .* contains "\\"", .*`},
	{file: "inj-personal-files", dropped: `plug inj-personal-files:p \(interface "personal-files"\): read\[0\] "\$HOME/.x @\{HOME\}/\*\*": .* contains "@", .*`},
	{file: "inj-system-files", dropped: `plug inj-system-files:p \(interface "system-files"\): write\[0\] .* contains a control character`},
	{file: "inj-cups-socket-directory", dropped: `slot inj-cups-socket-directory:s \(interface "cups"\): invalid cups-socket-directory .* contains ",", .*`},
	{file: "inj-dbus-name", dropped: `plug inj-dbus-name:p \(interface "dbus"\): "name": invalid D-Bus bus name: .*`},
	{file: "inj-mpris-name", dropped: `slot inj-mpris-name:s \(interface "mpris"\): "name" "vlc\*" does not make a valid bus name .*`},
	{file: "inj-desktop-file-ids", dropped: `plug inj-desktop-file-ids:p \(interface "desktop"\): "desktop-file-ids": invalid D-Bus bus name: "org.\{a,b\}"`},
	{file: "inj-shared-memory", dropped: `slot inj-shared-memory:s \(interface "shared-memory"\): read\[0\] "frames/../../etc/shadow" must be a name in /dev/shm.*`},
	{file: "inj-shared-memory-tag", dropped: `slot inj-shared-memory-tag:s \(interface "shared-memory"\): "shared-memory" "tag\\nx" contains a control character`},
	{file: "inj-serial-port-path", dropped: `slot inj-serial-port-path:s \(interface "serial-port"\): path .* contains a control character`},
	{file: "inj-i2c-sysfs-name", dropped: `slot inj-i2c-sysfs-name:s \(interface "i2c"\): sysfs-name "1-0050/../../../../etc" must name an I2C device.*`},
	{file: "inj-spi-path", dropped: `slot inj-spi-path:s \(interface "spi"\): path "/dev/spidev\*" contains "\*", .*`},
	{file: "inj-gpio-number", dropped: `slot inj-gpio-number:s \(interface "gpio"\): "number" must be an integer`},
	{file: "inj-pwm-channel", dropped: `slot inj-pwm-channel:s \(interface "pwm"\): "channel" must be between 0 and 65535, not -1`},
	{file: "inj-docker-privileged", dropped: `plug inj-docker-privileged:p \(interface "docker-support"\): "privileged-containers" must be true or false`},
	{file: "inj-kubernetes-flavor", dropped: `plug inj-kubernetes-flavor:p \(interface "kubernetes-support"\): flavor "kubelet,\\n/\*\* rwk" must be one of .*`},
	{file: "inj-home-read", dropped: `plug inj-home-read:p \(interface "home"\): "read" must be "all" when set, not .*`},
	{file: "inj-snapd-control", dropped: `plug inj-snapd-control:p \(interface "snapd-control"\): "refresh-schedule" must be "managed", not "managed\*"`},
	{file: "inj-browser-sandbox", dropped: `plug inj-browser-sandbox:p \(interface "browser-support"\): "allow-sandbox" must be true or false`},
	{file: "inj-optical-drive", dropped: `plug inj-optical-drive:p \(interface "optical-drive"\): "write" must be true or false`},

	{file: "traversal-content", dropped: `slot traversal-content:s \(interface "content"\): read\[0\] "\$SNAP/../../../etc": .* must be clean .*`},
	{file: "traversal-personal-files", dropped: `plug traversal-personal-files:p \(interface "personal-files"\): read\[0\] "\$HOME/../root/.ssh": .* must be clean .*`},
	{file: "traversal-cups", dropped: `slot traversal-cups:s \(interface "cups"\): invalid cups-socket-directory .* must be clean .*`},
	{file: "traversal-content-target", dropped: `plug traversal-content-target:p \(interface "content"\): "target" .* must be clean .*`},

	{file: "glob-system-files", dropped: `plug glob-system-files:p \(interface "system-files"\): read\[0\] "/etc/\*" contains "\*", .*`},
	{file: "glob-personal-files", dropped: `plug glob-personal-files:p \(interface "personal-files"\): write\[0\] .* contains "\*", .*`},
	{file: "glob-shared-memory", dropped: `slot glob-shared-memory:s \(interface "shared-memory"\): write\[0\] "\*" must be a name in /dev/shm.*`},
	{file: "glob-content-class", dropped: `slot glob-content-class:s \(interface "content"\): read\[0\] .* contains "\[", .*`},

	{file: "huge-content-path", dropped: `slot huge-content-path:s \(interface "content"\): read\[0\] is 17000 bytes long, more than the 4096 allowed`},
	{file: "huge-system-files-path", dropped: `plug huge-system-files-path:p \(interface "system-files"\): read\[0\] is 4097 bytes long, more than the 4096 allowed`},
	{file: "many-content-paths", dropped: `slot many-content-paths:s \(interface "content"\): "read" lists 65 entries, more than the 64 allowed`},
	{file: "many-personal-files-bytes", dropped: `plug many-personal-files-bytes:p \(interface "personal-files"\): read\[4\] takes the paths of the plug or slot to 20000 bytes, more than the 16384 allowed`},
	{file: "many-desktop-file-ids", dropped: `plug many-desktop-file-ids:p \(interface "desktop"\): "desktop-file-ids" lists 65 entries, more than the 64 allowed`},

	{file: "impersonate-type-snapd", refused: `.*/impersonate-type-snapd.yaml: cannot add snap "impersonate-type-snapd" of type snapd: snapiface adds the system snap itself \("snapd"\), and refuses a second one`},
	{file: "impersonate-type-os", refused: `.*/impersonate-type-os.yaml: cannot add snap "impersonate-type-os" of type os: .*`},
	{file: "impersonate-type-core", refused: `.*/impersonate-type-core.yaml:4: unknown snap type "core"`},
	{file: "reserved-snapd", refused: `.*/reserved-snapd.yaml: cannot add snap "snapd": reserved name: only the system snap may be called "snapd"`},
	{file: "reserved-core", refused: `.*/reserved-core.yaml: cannot add snap "core": reserved name: .*`},
	{file: "reserved-system", refused: `.*/reserved-system.yaml: cannot add snap "system": reserved name: .*`},

	{file: "render-personal-files-spaces", rendered: [][2]string{{`"@{HOME}/.config/My App{,/,/**}"`, `@{HOME}/.config/MyxApp{,/,/**}`}}},
	{file: "render-personal-files-unicode", rendered: [][2]string{{"café", "cafe"}}},
	{file: "render-personal-files-non-hidden", rendered: [][2]string{{"/Steam", "/.steam"}}},
	{file: "render-personal-files-64", rendered: [][2]string{{"/.e", "/.f"}}},
	{file: "render-system-files-path-max", rendered: [][2]string{{strings.Repeat("d", 4091), strings.Repeat("e", 4091)}}},
}

// hostileMarkers are pieces of the hostile values that no rendered
// profile may hold: none of them may reach policy text.
var hostileMarkers = []string{"/etc/shadow", "{a,b}", "../", "$SNAP", "$HOME", "@{HOME}/**", "vlc*", "spidev*", "/etc/*", "li[a-z]", "aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "org.example.App"}

// Every file of the table has a row, and every row a file.
func (s *hostileSuite) TestEveryFileHasARow(c *check.C) {
	paths, err := filepath.Glob(hostileData + "*.yaml")
	c.Assert(err, check.IsNil)
	var files []string
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		if !strings.HasSuffix(name, ".benign") {
			files = append(files, name)
		}
		first, _, _ := strings.Cut(readFile(c, path), "\n")
		c.Check(first, check.Matches, `# [A-Z].*`, check.Commentf("%s says what it is on its first line", path))
	}
	var rows []string
	for _, t := range hostileCases {
		rows = append(rows, t.file)
		n := 0
		for _, set := range []bool{t.dropped != "", t.refused != "", t.rendered != nil} {
			if set {
				n++
			}
		}
		c.Check(n, check.Equals, 1, check.Commentf("%s", t.file))
		_, err := os.Stat(hostileData + t.file + ".benign.yaml")
		c.Check(err == nil, check.Equals, t.rendered != nil, check.Commentf("%s has a benign twin exactly when it is rendered", t.file))
	}
	sort.Strings(rows)
	sort.Strings(files)
	c.Check(rows, check.DeepEquals, files)
	c.Check(len(files) >= 40, check.Equals, true)
}

// rootGlobRule finds a rule on every file ("/** rw...") standing on its
// own, where an injection puts it: at the start of a line or after a
// blank, quote or comma. The base policy's "/run/snap.NAME/** rwkl" is
// a path's tail, not such a rule.
var rootGlobRule = regexp.MustCompile(`(^|[\s",])/\*\* rw`)

// checkNoMarker checks that no hostile marker is in text.
func checkNoMarker(c *check.C, text, what string) {
	for _, marker := range hostileMarkers {
		c.Check(text, check.Not(testutil.Contains), marker, check.Commentf("%s", what))
	}
	if loc := rootGlobRule.FindStringIndex(text); loc != nil {
		c.Errorf("%s: a rule on every file: %q", what, text[max(0, loc[0]-60):min(len(text), loc[1]+20)])
	}
}

func readFile(c *check.C, path string) string {
	data, err := os.ReadFile(path)
	c.Assert(err, check.IsNil)
	return string(data)
}

// The snaps whose plug or slot is dropped are checked together: each is
// reported dropped with the field that was refused, and the rest of
// every snap renders, compiles, and holds nothing of the hostile values.
func (s *hostileSuite) TestDroppedNamingTheField(c *check.C) {
	requireTools(c)
	args := []string{"profile", "--check", "--force"}
	for _, t := range hostileCases {
		if t.dropped != "" {
			args = append(args, hostileData+t.file+".yaml")
		}
	}
	stdout, stderr, code := runCLI(args...)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	dropped := map[string]bool{}
	for _, line := range strings.Split(stderr, "\n") {
		if rest, ok := strings.CutPrefix(line, "dropped "); ok {
			dropped[rest] = true
		}
	}
	for _, t := range hostileCases {
		if t.dropped == "" {
			continue
		}
		re := regexp.MustCompile("^(?:" + t.dropped + ")$")
		found := 0
		for line := range dropped {
			if re.MatchString(line) {
				found++
			}
		}
		c.Check(found, check.Equals, 1, check.Commentf("%s: no dropped line matches %s in\n%s", t.file, t.dropped, stderr))
	}
	c.Check(dropped, check.HasLen, len(args)-3)
	checkNoMarker(c, stdout, "dropped")
	c.Check(stdout, check.Matches, `(?s).*checked: \d+ AppArmor profiles of ABI 3.0 compile with apparmor_parser, .*`)
}

// A snap that would pass itself off as the system, or take its name, is
// refused whole, naming what it said.
func (s *hostileSuite) TestRefusedNamingTheField(c *check.C) {
	for _, t := range hostileCases {
		if t.refused == "" {
			continue
		}
		stdout, stderr, code := runCLI("profile", "--check", "--force", hostileData+t.file+".yaml")
		c.Check(code, check.Equals, 1, check.Commentf("%s", t.file))
		c.Check(stdout, check.Equals, "", check.Commentf("%s", t.file))
		c.Check(stderr, check.Matches, "snapiface profile: "+t.refused+"\n", check.Commentf("%s", t.file))
	}
}

// A hostile-looking but valid value renders into the interface's own
// rule and nothing more: the profile is its benign twin's, value aside.
func (s *hostileSuite) TestRenderedNoRuleBeyondTheInterfaces(c *check.C) {
	requireTools(c)
	for _, t := range hostileCases {
		if t.rendered == nil {
			continue
		}
		profile := func(file string) string {
			stdout, stderr, code := runCLI("profile", "--check", "--force", hostileData+file+".yaml", "--plug", t.file+":p")
			c.Assert(code, check.Equals, 0, check.Commentf("%s: %s", file, stderr))
			return stdout
		}
		hostile, benign := profile(t.file), profile(t.file+".benign")
		replaced := hostile
		for _, r := range t.rendered {
			c.Check(hostile, testutil.Contains, r[0], check.Commentf("%s", t.file))
			replaced = strings.ReplaceAll(replaced, r[0], r[1])
		}
		c.Check(replaced, check.Equals, benign, check.Commentf("%s", t.file))
		checkNoMarker(c, hostile, t.file)
	}
}
