// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"sort"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type limitsSuite struct{}

var _ = check.Suite(&limitsSuite{})

// limitedAttr is an attribute of the catalogue that puts a string into
// policy text, or one a plug and a slot are matched by: each is checked
// against injections and the limits of limits.go.
type limitedAttr struct {
	iface string
	slot  bool
	attrLimits
}

// one and list build attributes from a single value or a list of them,
// with fixed attributes beside.
func one(key string, fixed attrs) func(...string) map[string]interface{} {
	return func(values ...string) map[string]interface{} {
		out := attrs{key: values[0]}
		for k, v := range fixed {
			out[k] = v
		}
		return out
	}
}

func list(key string, fixed attrs) func(...string) map[string]interface{} {
	return func(values ...string) map[string]interface{} {
		out := attrs{key: listOf(values)}
		for k, v := range fixed {
			out[k] = v
		}
		return out
	}
}

// limitedAttrs lists every such attribute. An interface whose plug or
// slot takes attributes must have its rows here, or say in
// unlimitedAttrs why none of them reaches policy text.
var limitedAttrs = []limitedAttr{
	{"bool-file", true, attrLimits{good: "/sys/class/leds/led0/brightness", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"content", false, attrLimits{good: "$SNAP/kit", injectionErr: `"target" .*`, path: true, build: one("target", nil)}},
	{"content", false, attrLimits{good: "kit", injectionErr: `"content" .*`, build: one("content", attrs{"target": "$SNAP/x"})}},
	{"content", true, attrLimits{good: "$SNAP/lib", injectionErr: `read\[0\] .*`, path: true, list: true, build: list("read", nil)}},
	{"content", true, attrLimits{good: "$SNAP_DATA/run", injectionErr: `write\[0\] .*`, path: true, list: true, build: list("write", nil)}},
	{"content", true, attrLimits{good: "$SNAP/lib", injectionErr: `read\[0\] .*`, path: true, list: true,
		build: func(values ...string) map[string]interface{} { return attrs{"source": attrs{"read": listOf(values)}} }}},
	{"cups", true, attrLimits{good: "$SNAP_COMMON/run", injectionErr: `.*cups-socket-directory .*`, path: true, build: one("cups-socket-directory", nil)}},
	{"cuda-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, list: true, build: list("library-source", attrs{"compatibility": "cuda-12-ubuntu-2404"})}},
	{"custom-device", false, attrLimits{good: "dual-sd", injectionErr: `custom-device .*`, build: one("custom-device", nil)}},
	{"custom-device", true, attrLimits{good: "dual-sd", injectionErr: `custom-device .*`, build: one("custom-device", attrs{"devices": []interface{}{"/dev/DualSD"}})}},
	{"dbus", false, attrLimits{good: "org.example.Foo", injectionErr: `"name": invalid D-Bus bus name: .*`, build: one("name", attrs{"bus": "session"})}},
	{"dbus", true, attrLimits{good: "org.example.Foo", injectionErr: `"name": invalid D-Bus bus name: .*`, build: one("name", attrs{"bus": "system"})}},
	{"desktop", false, attrLimits{good: "org.example.Foo", injectionErr: `"desktop-file-ids": invalid D-Bus bus name: .*`, list: true, build: list("desktop-file-ids", nil)}},
	{"egl-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, build: driverLibsAttrs("library-source", attrs{"compatibility": "egl-1-5-ubuntu-2404", "priority": int64(1), "icd-source": []interface{}{"$SNAP/icd"}})}},
	{"egl-driver-libs", true, attrLimits{good: "$SNAP/icd", injectionErr: `icd-source\[0\] .*`, path: true, build: driverLibsAttrs("icd-source", attrs{"compatibility": "egl-1-5-ubuntu-2404", "priority": int64(1), "library-source": []interface{}{"$SNAP/lib"}})}},
	{"gbm-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, list: true, build: list("library-source", attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "client-driver": "libgbm_backend.so"})}},
	{"gbm-driver-libs", true, attrLimits{good: "backend.so", injectionErr: `"client-driver" .*`, shaped: true, build: one("client-driver", attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}})}},
	{"gpio-chardev", true, attrLimits{good: "pinctrl-bcm2835", injectionErr: `source-chip\[0\] .*`, list: true, max: 31, build: gpioChardevChips}},
	{"gpio-chardev", true, attrLimits{good: "0-3", injectionErr: `lines .*`, shaped: true, build: gpioChardevLines}},
	{"hidraw", true, attrLimits{good: "/dev/hidraw0", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"i2c", true, attrLimits{good: "/dev/i2c-1", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"iio", true, attrLimits{good: "/dev/iio:device0", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"kernel-module-load", false, attrLimits{good: "pcspkr", injectionErr: `modules\[0\] "name" .*`, max: 55, shaped: true, build: func(v ...string) map[string]interface{} { return kmodules(mountEntry("name", v[0], "load", "denied")) }}},
	{"mount-control", false, attrLimits{good: "nosuid", injectionErr: `mount\[0\] options\[0\] .*`, shaped: true, build: func(v ...string) map[string]interface{} { return mounts(usbDisk("options", v[:1])) }}},
	{"mount-control", false, attrLimits{good: "ext4", injectionErr: `mount\[0\] type\[0\] .*`, shaped: true, build: func(v ...string) map[string]interface{} { return mounts(usbDisk("type", v[:1])) }}},
	{"mpris", true, attrLimits{good: "vlc", injectionErr: `"name" .* does not make a valid bus name .*`, max: 255 - len("org.mpris.MediaPlayer2."), build: one("name", nil)}},
	{"netlink-driver", false, attrLimits{good: "foo", injectionErr: `"family-name" .*`, build: one("family-name", nil)}},
	{"netlink-driver", true, attrLimits{good: "foo", injectionErr: `"family-name" .*`, build: one("family-name", attrs{"family": int64(23)})}},
	{"nvidia-video-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, list: true, build: list("library-source", attrs{"compatibility": "nvidia-video-12-2-ubuntu-2404"})}},
	{"opengl-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, list: true, build: list("library-source", attrs{"compatibility": "opengl-4-6-ubuntu-2404"})}},
	{"opengles-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, list: true, build: list("library-source", attrs{"compatibility": "opengles-3-2-ubuntu-2404"})}},
	{"personal-files", false, attrLimits{good: "$HOME/.config/foo", injectionErr: `read\[0\] .*`, path: true, list: true, build: list("read", nil)}},
	{"personal-files", false, attrLimits{good: "$HOME/.foo", injectionErr: `write\[0\] .*`, path: true, list: true, build: list("write", nil)}},
	{"pkcs11", true, attrLimits{good: "/run/p11-kit/pkcs11-optee", injectionErr: `pkcs11-socket .*`, path: true, max: 107, shaped: true, build: one("pkcs11-socket", nil)}},
	{"polkit", false, attrLimits{good: "org.example.foo", injectionErr: `"action-prefix" .*`, build: one("action-prefix", nil)}},
	{"raw-volume", true, attrLimits{good: "/dev/sda1", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"posix-mq", false, attrLimits{good: "jobs", injectionErr: `"posix-mq" .*`, build: one("posix-mq", nil)}},
	{"posix-mq", true, attrLimits{good: "jobs", injectionErr: `"posix-mq" .*`, build: one("posix-mq", attrs{"path": "/jobs"})}},
	{"posix-mq", true, attrLimits{good: "/jobs", injectionErr: `path .*`, build: one("path", nil)}},
	{"posix-mq", true, attrLimits{good: "/jobs", injectionErr: `path\[0\] .*`, list: true, build: list("path", nil)}},
	{"serial-port", true, attrLimits{good: "/dev/ttyS0", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"shared-memory", false, attrLimits{good: "frames", injectionErr: `"shared-memory" .*`, build: one("shared-memory", nil)}},
	{"shared-memory", true, attrLimits{good: "frames", injectionErr: `read\[0\] .*`, list: true, build: list("read", nil)}},
	{"shared-memory", true, attrLimits{good: "frames", injectionErr: `write\[0\] .*`, list: true, build: list("write", nil)}},
	{"spi", true, attrLimits{good: "/dev/spidev0.0", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"system-files", false, attrLimits{good: "/etc/foo", injectionErr: `read\[0\] .*`, path: true, list: true, build: list("read", nil)}},
	{"system-files", false, attrLimits{good: "/var/lib/foo", injectionErr: `write\[0\] .*`, path: true, list: true, build: list("write", nil)}},
	{"uio", true, attrLimits{good: "/dev/uio0", injectionErr: `path .*`, path: true, shaped: true, build: one("path", nil)}},
	{"usb-gadget", false, attrLimits{good: "$SNAP_COMMON/ffs", injectionErr: `ffs-mounts\[0\] where .*`, path: true, list: true, build: usbGadgetMounts}},
	{"usb-gadget", false, attrLimits{good: "adb", injectionErr: `ffs-mounts\[0\] name .*`, max: 39, build: usbGadgetNames}},
	{"vulkan-driver-libs", true, attrLimits{good: "$SNAP/lib", injectionErr: `library-source\[0\] .*`, path: true, build: driverLibsAttrs("library-source", attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "icd-source": []interface{}{"$SNAP/icd"}})}},
	{"vulkan-driver-libs", true, attrLimits{good: "$SNAP/icd", injectionErr: `icd-source\[0\] .*`, path: true, build: driverLibsAttrs("icd-source", attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}})}},
}

// unlimitedAttrs lists the interfaces that sanitize attributes none of
// which puts a string of the snap's choosing into policy text, and why.
var unlimitedAttrs = map[string]string{
	"block-devices":      "allow-partitions is a boolean",
	"browser-support":    "allow-sandbox is a boolean",
	"confdb":             "account and view name a confdb view the daemon serves through snapctl, checked against their grammars and AttrNameMax; no rule holds them",
	"docker-support":     "privileged-containers is a boolean",
	"dsp":                "flavor is one word of a fixed list (ambarella)",
	"gpio":               "number is an integer within maxDeviceNumber",
	"home":               `read is "all" or absent`,
	"kubernetes-support": "flavor is one of four words",
	"mediatek-accel":     "apu and vcu are booleans",
	"optical-drive":      "write is a boolean",
	"pwm":                "chip-number and channel are integers within maxDeviceNumber",
	"sd-control":         `flavor is "dual-sd" or absent`,
	"snapd-control":      `refresh-schedule is "managed" or absent`,

	"snap-interfaces-requests-control": "handler-service only names a daemon of the plug's snap, checked against its apps; it reaches no policy text",
}

func (s *limitsSuite) TestEveryLimitedAttribute(c *check.C) {
	for _, a := range limitedAttrs {
		c.Logf("%s %s: %#.60v", a.iface, map[bool]string{false: "plug", true: "slot"}[a.slot], a.build(a.good))
		checkAttrLimits(c, a.iface, a.slot, a.attrLimits)
	}
}

// Every interface with a sanitizer is in one of the two tables above, so
// that a new one that takes attributes is checked against the limits.
func (s *limitsSuite) TestEverySanitizerIsListed(c *check.C) {
	listed := map[string]bool{}
	for _, a := range limitedAttrs {
		listed[a.iface] = true
	}
	var missing []string
	for _, iface := range builtin.Interfaces() {
		_, plugs := iface.(interfaces.PlugSanitizer)
		_, slots := iface.(interfaces.SlotSanitizer)
		_, exempt := unlimitedAttrs[iface.Name()]
		if (plugs || slots) && !listed[iface.Name()] && !exempt {
			missing = append(missing, iface.Name())
		}
		c.Check(listed[iface.Name()] && exempt, check.Equals, false, check.Commentf("%q is in both tables", iface.Name()))
	}
	sort.Strings(missing)
	c.Check(missing, check.HasLen, 0, check.Commentf("sanitizers without limit rows: %v", missing))
}

// The limits are the documented values.
func (s *limitsSuite) TestLimits(c *check.C) {
	c.Check(builtin.AttrPathMax, check.Equals, 4096)
	c.Check(builtin.AttrListMax, check.Equals, 64)
	c.Check(builtin.AttrPathsMax, check.Equals, 4*4096)
	c.Check(builtin.AttrNameMax, check.Equals, 255)
}

// driverLibsAttrs builds the attributes of a driver-libs slot whose
// source list key holds one value, beside fixed attributes that name
// other directories: the list's count and the budget of the slot's
// paths, which those directories share, are checked in
// driver_libs_test.go.
func driverLibsAttrs(key string, fixed attrs) func(...string) map[string]interface{} {
	return func(values ...string) map[string]interface{} {
		out := attrs{key: listOf(values[:1])}
		for k, v := range fixed {
			out[k] = v
		}
		return out
	}
}
