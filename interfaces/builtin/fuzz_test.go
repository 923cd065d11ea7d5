// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"errors"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

// Fuzz targets for the attribute sanitizers, one per family: paths,
// D-Bus names, device attributes. Each feeds a value to an attribute of
// an interface (kind picks which) and checks what the sanitizers
// promise: no panic; a refusal is a SanitizeError naming its plug or
// slot; and a value accepted reaches policy text only where a benign
// value would, as itself: the texts rendered with it are those rendered
// with a benign value, that value swapped for it. So no accepted value
// adds, widens or breaks a rule. Seeds are in the code and under
// testdata/fuzz/NAME; make fuzz runs each.

// fuzzAttr is one attribute a fuzz target feeds: build makes the
// attributes of the plug (slot false) or the slot from a value, whose
// rendered form is render(value); benign is a value accepted, unique in
// the texts, that stands for any other.
type fuzzAttr struct {
	iface  string
	slot   bool
	benign string
	build  func(v string) map[string]interface{}
	// render gives the piece of policy text a value becomes; nil for
	// the value itself.
	render func(v string) string
	// safe says whether a value may be accepted at all: a sanitizer
	// that accepts a value it refuses lets it change a rule, even if in
	// the right place.
	safe func(v string) bool
}

// safePath says whether a sub-path is one that stands for itself in a
// rule: plain characters (no control character, none that AppArmor or
// YAML quoting gives a meaning to), clean, not empty, within PATH_MAX.
func safePath(v string) bool {
	if v == "" || len(v) > builtin.AttrPathMax || path.Clean("/"+v) != "/"+v || strings.HasSuffix(v, "/") {
		return false
	}
	for _, r := range v {
		if r < 0x20 || r == 0x7f || strings.ContainsRune("*?[]{}^\"'`,#@$\\!=<>|;()%&+", r) {
			return false
		}
	}
	return true
}

// emptyOrSafePath is safePath, or "": a content slot may share the
// whole of $SNAP ("$SNAP/" is "$SNAP").
func emptyOrSafePath(v string) bool { return v == "" || safePath(v) }

// under renders a sub-path below dir; "" is dir itself.
func under(dir string) func(string) string {
	return func(v string) string {
		if v == "" {
			return dir
		}
		return dir + "/" + v
	}
}

// safeName says whether a value is made of the characters of D-Bus
// names and device names only, within NAME_MAX.
func safeName(v string) bool {
	if v == "" || len(v) > builtin.AttrNameMax {
		return false
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-:/", r)) {
			return false
		}
	}
	return !strings.Contains(v, "..") && !strings.Contains(v, "//")
}

// safeNumber says whether a value is a device number within
// maxDeviceNumber.
func safeNumber(v string) bool {
	n, err := strconv.ParseInt(v, 10, 64)
	return err == nil && n >= 0 && n <= 65535
}

// checkFuzzAttr runs one value through an attribute's sanitizer and its
// rendering.
func checkFuzzAttr(t *testing.T, a fuzzAttr, value string) {
	iface, err := builtin.ByName(a.iface)
	if err != nil {
		t.Fatal(err)
	}
	attrs := a.build(value)
	err = sanitize(iface, a.slot, attrs)
	if err == nil && !a.safe(value) {
		t.Fatalf("%s: %q is accepted", a.iface, value)
	}
	if err != nil {
		var serr *interfaces.SanitizeError
		if !errors.As(err, &serr) || serr.Interface != a.iface {
			t.Fatalf("%s: refusal of %q is not a SanitizeError of the interface: %v", a.iface, value, err)
		}
		return
	}
	got := describeAll(t, iface, a.slot, attrs)
	want := describeAll(t, iface, a.slot, a.build(a.benign))
	render := a.render
	if render == nil {
		render = func(v string) string { return v }
	}
	// A value with a space is quoted in its rule; the quotes are the
	// rule's, not the value's, which may hold none.
	unquote := func(s string) string {
		if strings.ContainsAny(value, " \t") {
			return strings.ReplaceAll(s, `"`, "")
		}
		return s
	}
	want = strings.ReplaceAll(want, render(a.benign), render(value))
	if unquote(got) != unquote(want) {
		t.Fatalf("%s: %q renders beyond its place:\n%s\nwant:\n%s", a.iface, value, got, want)
	}
}

// sanitize runs the sanitizer of one side on a copy of attrs, on the
// plug or slot of the sample snaps.
func sanitize(iface interfaces.Interface, slot bool, attrs map[string]interface{}) error {
	yaml := consumerYaml(iface.Name())
	if slot {
		yaml = providerYaml(snap.TypeApp, iface.Name())
	}
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	if err != nil {
		return err
	}
	if slot {
		s := info.Slots["slot"]
		s.Attrs = attrs
		if sanitizer, ok := iface.(interfaces.SlotSanitizer); ok {
			return sanitizer.BeforePrepareSlot(s)
		}
		return nil
	}
	p := info.Plugs["plug"]
	p.Attrs = attrs
	if sanitizer, ok := iface.(interfaces.PlugSanitizer); ok {
		return sanitizer.BeforePreparePlug(p)
	}
	return nil
}

// describeAll renders every text of the interface with attrs on one
// side and a good value on the other.
func describeAll(t *testing.T, iface interfaces.Interface, slot bool, attrs map[string]interface{}) string {
	other := samplesOf(iface.Name())[0]
	plugAttrs, slotAttrs := other.plug, other.slot
	if slot {
		slotAttrs = attrs
	} else {
		plugAttrs = attrs
	}
	d, err := builtin.DescribeWith(iface, plugAttrs, slotAttrs)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(describedTexts(d), "\n----\n")
}

// pick returns the attribute kind selects.
func pick(attrs []fuzzAttr, kind uint8) fuzzAttr {
	return attrs[int(kind)%len(attrs)]
}

// pathAttrs are the path attributes, each as a sub-path after its
// variable, rendered after the variable's AppArmor form.
var pathAttrs = []fuzzAttr{
	{iface: "personal-files", benign: "zzqbenign", safe: safePath,
		build:  func(v string) map[string]interface{} { return attrs{"read": []interface{}{"$HOME/" + v}} },
		render: func(v string) string { return "@{HOME}/" + v }},
	{iface: "system-files", benign: "zzqbenign", safe: safePath,
		build:  func(v string) map[string]interface{} { return attrs{"write": []interface{}{"/etc/" + v}} },
		render: func(v string) string { return "/etc/" + v }},
	{iface: "content", slot: true, benign: "zzqbenign", safe: emptyOrSafePath,
		build: func(v string) map[string]interface{} {
			return attrs{"content": "themes", "read": []interface{}{"$SNAP/" + v}}
		},
		render: under("/[0-9x]*")},
	{iface: "content", slot: true, benign: "zzqbenign", safe: emptyOrSafePath,
		build: func(v string) map[string]interface{} {
			return attrs{"content": "themes", "source": attrs{"write": []interface{}{"$SNAP_COMMON/" + v}}}
		},
		render: under("/common")},
	{iface: "content", benign: "zzqbenign", safe: safePath,
		build:  func(v string) map[string]interface{} { return attrs{"content": "themes", "target": "$SNAP_DATA/" + v} },
		render: func(v string) string { return "@{SNAP_REVISION}/" + v }},
	{iface: "cups", slot: true, benign: "zzqbenign", safe: safePath,
		build: func(v string) map[string]interface{} { return attrs{"cups-socket-directory": "$SNAP_COMMON/" + v} },
		// The directory and the socket in it, on both sides.
		render: func(v string) string { return "common/" + v + "/" }},
}

// FuzzPathAttrs fuzzes the path attributes: personal-files,
// system-files, content (a slot's read and source write, a plug's
// target) and cups.
func FuzzPathAttrs(f *testing.F) {
	for kind := range pathAttrs {
		for _, v := range []string{"foo", ".config/My App", "a/b/c", "caf\u00e9"} {
			f.Add(uint8(kind), v)
		}
		for _, suffix := range injectedSuffixes {
			f.Add(uint8(kind), "foo"+suffix)
		}
		f.Add(uint8(kind), strings.Repeat("x", builtin.AttrPathMax))
	}
	f.Fuzz(func(t *testing.T, kind uint8, value string) {
		checkFuzzAttr(t, pick(pathAttrs, kind), value)
	})
}

// dbusAttrs are the attributes that name D-Bus services.
var dbusAttrs = []fuzzAttr{
	{iface: "dbus", benign: "com.zzq.Benign", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"bus": "session", "name": v} }},
	{iface: "dbus", slot: true, benign: "com.zzq.Benign", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"bus": "system", "name": v} }},
	{iface: "mpris", slot: true, benign: "zzqbenign", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"name": v} }},
	{iface: "desktop", benign: "com.zzq.Benign", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"desktop-file-ids": []interface{}{v}} }},
}

// FuzzDBusNames fuzzes the D-Bus names: dbus's on both sides, mpris's
// player name and desktop's desktop-file-ids.
func FuzzDBusNames(f *testing.F) {
	for kind := range dbusAttrs {
		for _, v := range []string{"org.example.Foo", "vlc", "a.b", "org.freedesktop.DBus", "org", ":1.42", strings.Repeat("a.", 128)} {
			f.Add(uint8(kind), v)
		}
		for _, suffix := range injectedSuffixes {
			f.Add(uint8(kind), "org.example.Foo"+suffix)
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, value string) {
		checkFuzzAttr(t, pick(dbusAttrs, kind), value)
	})
}

// deviceAttrs are the attributes that name a device: paths, a sysfs
// name, and numbers (given as text, parsed when they are integers).
var deviceAttrs = []fuzzAttr{
	{iface: "serial-port", slot: true, benign: "/dev/ttyS54321", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"path": v} }},
	{iface: "i2c", slot: true, benign: "/dev/i2c-54321", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"path": v} },
		// The bus's number names its sysfs node too.
		render: func(v string) string { return strings.TrimPrefix(v, "/dev/i2c-") }},
	{iface: "i2c", slot: true, benign: "54321-abcd", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"sysfs-name": v} }},
	{iface: "spi", slot: true, benign: "/dev/spidev54321.98765", safe: safeName,
		build: func(v string) map[string]interface{} { return attrs{"path": v} }},
	{iface: "gpio", slot: true, benign: "54321", safe: safeNumber,
		build: func(v string) map[string]interface{} { return attrs{"number": intOrString(v)} }},
	{iface: "pwm", slot: true, benign: "54321", safe: safeNumber,
		build: func(v string) map[string]interface{} {
			return attrs{"chip-number": intOrString(v), "channel": int64(4242)}
		}},
	{iface: "pwm", slot: true, benign: "54321", safe: safeNumber,
		build: func(v string) map[string]interface{} {
			return attrs{"chip-number": int64(4242), "channel": intOrString(v)}
		}},
	// The node's number names its sysfs directory too.
	{iface: "hidraw", slot: true, benign: "/dev/hidraw54321", safe: safeName,
		build:  func(v string) map[string]interface{} { return attrs{"path": v} },
		render: func(v string) string { return strings.TrimPrefix(v, "/dev/hidraw") }},
	{iface: "iio", slot: true, benign: "/dev/iio:device54321", safe: safeName,
		build:  func(v string) map[string]interface{} { return attrs{"path": v} },
		render: func(v string) string { return strings.TrimPrefix(v, "/dev/iio:device") }},
	{iface: "uio", slot: true, benign: "/dev/uio54321", safe: safeName,
		build:  func(v string) map[string]interface{} { return attrs{"path": v} },
		render: func(v string) string { return strings.TrimPrefix(v, "/dev/uio") }},
}

// intOrString is v as snap.yaml would give it: an int64 when it reads
// as one, else the string.
func intOrString(v string) interface{} {
	if n, err := strconv.ParseInt(v, 10, 64); err == nil && strconv.FormatInt(n, 10) == v {
		return n
	}
	return v
}

// FuzzDeviceAttrs fuzzes the attributes of the gadget device slots:
// serial-port, i2c and spi paths, i2c's sysfs-name, gpio's number and
// pwm's chip and channel, and hidraw, iio and uio paths.
func FuzzDeviceAttrs(f *testing.F) {
	for kind := range deviceAttrs {
		for _, v := range []string{"/dev/ttyS0", "/dev/ttyUSB10", "/dev/i2c-1", "1-0050", "i2c-ABC1:3f", "/dev/spidev0.1", "17", "0", "-1", "65535", "65536", "99999999999999999999", "/dev/serial/by-id/x"} {
			f.Add(uint8(kind), v)
		}
		for _, v := range []string{"/dev/hidraw3", "/dev/iio:device0", "/dev/uio1", "/dev/hidraw-kbd", "/dev/iio:device"} {
			f.Add(uint8(kind), v)
		}
		for _, suffix := range injectedSuffixes {
			f.Add(uint8(kind), "/dev/ttyS0"+suffix)
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, value string) {
		checkFuzzAttr(t, pick(deviceAttrs, kind), value)
	})
}
