// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// Invariants every interface of the catalogue keeps. Each check walks
// the whole registry, so a new interface is covered the moment it
// registers.
type allSuite struct{}

var _ = check.Suite(&allSuite{})

// leftoverPlaceholder matches what a half-rendered template leaves: a
// label placeholder, or a text/template action. AppArmor's own nested
// braces ("{@{SNAP_NAME},...}") are fine.
const leftoverPlaceholder = `(?s).*(###|\{\{-?\s*(\.|end|if|range|else|with|template)).*`

var goodSummary = regexp.MustCompile(`^[a-z][^\n]*[^.\s]$`)

func (s *allSuite) TestNamesAndSummaries(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		c.Check(interfaces.ValidateName(name), check.IsNil)
		si := iface.StaticInfo()
		c.Check(si.Summary, check.Matches, goodSummary.String(), check.Commentf("summary of %q: lowercase, one line, no trailing period", name))
		if si.DocURL != "" {
			c.Check(si.DocURL, check.Matches, `https://\S+`, check.Commentf("doc URL of %q", name))
		}
	}
}

func (s *allSuite) TestOneFileAndOneTestFilePerInterface(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		base := strings.ReplaceAll(iface.Name(), "-", "_")
		for _, file := range []string{base + ".go", base + "_test.go"} {
			_, err := os.Stat(file)
			c.Check(err, check.IsNil, check.Commentf("interface %q lives in %s", iface.Name(), file))
		}
		src, err := os.ReadFile(base + ".go")
		if err != nil {
			continue
		}
		c.Check(string(src), check.Matches, `(?s).*registerIface\(.*`, check.Commentf("%s.go registers its interface", base))
	}
}

// What the library leaves to the daemon is named from a fixed list,
// and the interface's file says what that part would do.
func (s *allSuite) TestNotRenderedNamesKnownBackends(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		notRendered := iface.StaticInfo().NotRendered
		c.Check(sort.StringsAreSorted(notRendered), check.Equals, true, check.Commentf("not-rendered of %q", name))
		for _, backend := range notRendered {
			c.Check(interfaces.Backends, testutil.Contains, backend, check.Commentf("not-rendered of %q", name))
		}
		if len(notRendered) == 0 {
			continue
		}
		src, err := os.ReadFile(strings.ReplaceAll(name, "-", "_") + ".go")
		c.Assert(err, check.IsNil)
		c.Check(string(src), testutil.Contains, "Not rendered here", check.Commentf("%q leaves %v to the daemon: its doc comment says what under \"Not rendered here\"", name, notRendered))
	}
}

func (s *allSuite) TestDeclarationFragmentsCompile(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		si := iface.StaticInfo()
		// Every interface says who may carry its slot.
		c.Check(strings.TrimSpace(si.BaseDeclarationSlots), check.Not(check.Equals), "", check.Commentf("slot rule of %q", iface.Name()))
		text, err := policy.ComposeBaseDeclaration([]interfaces.Interface{iface})
		c.Assert(err, check.IsNil)
		decl, err := policy.ParseDeclaration(text, iface.Name()+".yaml")
		if !c.Check(err, check.IsNil, check.Commentf("declaration of %q:\n%s", iface.Name(), text)) {
			continue
		}
		_, ok := decl.Slots[iface.Name()]
		c.Check(ok, check.Equals, true, check.Commentf("slot rule of %q", iface.Name()))
		if strings.TrimSpace(si.BaseDeclarationPlugs) != "" {
			_, ok := decl.Plugs[iface.Name()]
			c.Check(ok, check.Equals, true, check.Commentf("plug rule of %q", iface.Name()))
		}
	}
}

// attrs is the attributes of a plug or a slot, as snap.yaml gives them.
type attrs = map[string]interface{}

// sample is a plug and a slot of an interface, with attributes.
type sample struct {
	plug, slot attrs
}

// samples lists, per interface, the attributes its plug and slot are
// rendered with: the first where one rendering is wanted (Describe, the
// reference), each of them where policy is compiled. An interface that
// is not listed is rendered without attributes. Interfaces whose policy
// comes from attributes are listed, and so is each attribute that
// changes the policy.
var samples = map[string][]sample{
	"block-devices": {{}, {plug: attrs{"allow-partitions": true}}},
	"bool-file": {
		{slot: attrs{"path": "/sys/class/leds/beaglebone:green:usr0/brightness"}},
		{slot: attrs{"path": "/sys/class/gpio/gpio17/value"}},
	},
	"browser-support": {{}, {plug: attrs{"allow-sandbox": true}}},
	"content": {{
		plug: attrs{"content": "themes", "target": "$SNAP_DATA/themes"},
		slot: attrs{"content": "themes", "read": []interface{}{"$SNAP/themes"}, "write": []interface{}{"$SNAP_DATA/themes-rw"}},
	}},
	"cups": {{}, {slot: attrs{"cups-socket-directory": "$SNAP_DATA/cups run"}}},
	"custom-device": {{
		plug: attrs{"custom-device": "board-io"},
		slot: attrs{
			"custom-device": "board-io",
			"devices":       []interface{}{"/dev/DualSD", "/dev/input/event[0-9]"},
			"read-devices":  []interface{}{"/dev/js*"},
			"files": attrs{
				"read":  []interface{}{"/sys/devices/platform/soc@0/30350000.ocotp-ctrl/imx-ocotp0/nvmem", "/dev/dma_heap/qcom,qseecom"},
				"write": []interface{}{"/sys/devices/platform/leds/leds/status/{brightness,trigger}"},
			},
			"udev-tagging": []interface{}{attrs{"kernel": "DualSD", "subsystem": "misc"}},
		},
	}},
	"dbus": {
		{plug: attrs{"bus": "session", "name": "org.example.Editor"}, slot: attrs{"bus": "session", "name": "org.example.Editor"}},
		{plug: attrs{"bus": "system", "name": "org.example.Daemon"}, slot: attrs{"bus": "system", "name": "org.example.Daemon"}},
	},
	"desktop":        {{}, {plug: attrs{"mount-host-font-cache": false}}},
	"docker-support": {{}, {plug: attrs{"privileged-containers": true}}},
	"gpio":           {{slot: attrs{"number": int64(17)}}},
	"gpio-chardev":   {{slot: attrs{"source-chip": []interface{}{"pinctrl-bcm2835"}, "lines": "4,17-19"}}},
	"home":           {{}, {plug: attrs{"read": "all"}}},
	"i2c":            {{slot: attrs{"path": "/dev/i2c-1"}}, {slot: attrs{"sysfs-name": "1-0050"}}},
	"kubernetes-support": {
		{}, {plug: attrs{"flavor": "kubelet"}}, {plug: attrs{"flavor": "kubeproxy"}}, {plug: attrs{"flavor": "autobind-unix"}},
	},
	"mpris":         {{}, {slot: attrs{"name": "vlc"}}},
	"optical-drive": {{}, {plug: attrs{"write": true}}},
	"personal-files": {{plug: attrs{
		"read":  []interface{}{"$HOME/.config/foo", "$HOME/.local/share/My App"},
		"write": []interface{}{"$HOME/.foo", "$HOME/Steam"},
	}}},
	"polkit":      {{plug: attrs{"action-prefix": "org.example.foo"}}},
	"pwm":         {{slot: attrs{"chip-number": int64(0), "channel": int64(1)}}},
	"raw-volume":  {{slot: attrs{"path": "/dev/mmcblk0p3"}}},
	"sd-control":  {{}, {plug: attrs{"flavor": "dual-sd"}}},
	"serial-port": {{slot: attrs{"path": "/dev/ttyS0"}}},
	"shared-memory": {
		{plug: attrs{"private": true}},
		{
			plug: attrs{"shared-memory": "frames"},
			slot: attrs{"shared-memory": "frames", "read": []interface{}{"frames-ro"}, "write": []interface{}{"frames-rw", "sem.frames"}},
		},
	},
	"snapd-control": {{}, {plug: attrs{"refresh-schedule": "managed"}}},
	"spi":           {{slot: attrs{"path": "/dev/spidev0.0"}}},
	"usb-gadget": {{}, {plug: attrs{"ffs-mounts": []interface{}{
		attrs{"name": "adb", "where": "/dev/usb-ffs/adb", "persistent": true},
		attrs{"name": "mtp", "where": "$SNAP_COMMON/ffs mtp"},
	}}}},
	"system-files": {{plug: attrs{
		"read":  []interface{}{"/etc/cups", "/etc/My Policies"},
		"write": []interface{}{"/var/lib/foo"},
	}}},
	"dsp": {
		{slot: attrs{"flavor": "ambarella"}},
	},
	"hidraw": {
		{slot: attrs{"path": "/dev/hidraw3"}},
		{slot: attrs{"path": "/dev/hidraw0", "usb-vendor": int64(0x046d), "usb-product": int64(0xc52b)}},
	},
	"iio": {
		{slot: attrs{"path": "/dev/iio:device0"}},
	},
	"mediatek-accel": {
		{plug: attrs{"apu": true}}, {plug: attrs{"vcu": true}}, {plug: attrs{"apu": true, "vcu": true}},
	},
	"uio": {
		{slot: attrs{"path": "/dev/uio0"}},
	},

	// Catalogue III: kernel and device interfaces.
	"netlink-driver": netlinkDriverSamples,
	"posix-mq":       posixMQSamples,

	// Catalogue IV: credentials.
	"pkcs11": {{slot: attrs{"pkcs11-socket": "/run/p11-kit/pkcs11-optee-slot-0"}}},

	// The driver-libs family: a driver snap's slot.
	"cuda-driver-libs": {{
		slot: attrs{"compatibility": "cuda-12-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu", "$SNAP_COMPONENT(cuda-libs)/lib"}},
	}},
	"egl-driver-libs": {{
		slot: attrs{"compatibility": "egl-1-5-ubuntu-2404", "priority": int64(10),
			"library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}, "icd-source": []interface{}{"$SNAP/usr/share/glvnd/egl_vendor.d"}},
	}},
	"gbm-driver-libs": {{
		slot: attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "client-driver": "nvidia-drm_gbm.so", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	}},
	"nvidia-video-driver-libs": {{
		slot: attrs{"compatibility": "nvidia-video-12-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	}},
	"opengl-driver-libs": {{
		slot: attrs{"compatibility": "opengl-4-6-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	}},
	"opengles-driver-libs": {{
		slot: attrs{"compatibility": "opengles-3-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	}},
	"vulkan-driver-libs": {{
		slot: attrs{"compatibility": "vulkan-1-3-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"},
			"icd-source": []interface{}{"$SNAP/usr/share/vulkan/icd.d"}, "implicit-layer-source": []interface{}{"$SNAP/usr/share/vulkan/implicit_layer.d"}},
	}},

	"confdb": {{plug: attrs{"account": "canonical", "view": "network/wifi-setup"}}},
	"kernel-module-load": {{plug: kmodules(
		mountEntry("name", "pcspkr", "load", "denied"),
		mountEntry("name", "snd-hda-intel", "load", "dynamic", "options", "model=auto"),
	)}},
	// mount-control: each kind of entry.
	"mount-control": {
		{plug: mounts(usbDisk())},
		{plug: mounts(
			mountEntry("what", "none", "where", "$SNAP_COMMON/scratch", "type", []string{"tmpfs"}, "options", []string{"nosuid", "size=64M"}),
			mountEntry("what", "/srv/data", "where", "$SNAP_DATA/data", "options", []string{"bind", "ro"}),
			mountEntry("what", "/dev/vdb", "where", "/mnt/*", "options", []string{"defaults"}, "persistent", true),
		)},
	},
}

// samplesOf returns the samples of an interface: those listed, or one
// without attributes.
func samplesOf(name string) []sample {
	if list, ok := samples[name]; ok {
		return list
	}
	return []sample{{}}
}

// noPolicy lists the interfaces that add no policy text at all, with
// the reason.
var noPolicy = map[string]string{
	"snap-themes-control":      "the snap daemon checks the connection itself; it grants a permission of the daemon, no rules",
	"snap-refresh-observe":     "the snap daemon checks the connection itself; it grants a permission of the daemon, no rules",
	"firmware-updater-support": "a marker for the Firmware Updater snap: what it grants is a permission of the snap daemon",
	"openvswitch-support":      "it asks the host to load the openvswitch kernel module, for which snapiface has no backend",
	"empty":                    "it exists for testing connections, and grants nothing by design",
	"snap-fde-control":         "the snap daemon checks the connection itself; it grants a permission of the daemon, no rules",
	"snap-refresh-control":     "the snap daemon checks the connection itself; it grants a permission of the daemon, no rules",
	"core-support":             "the snap daemon applies the system's settings itself now; the reference keeps it, empty, for snaps that look for it",
	"ros-snapd-support":        "the snap daemon checks the connection itself; it grants a permission of the daemon, no rules",

	"confdb":             "the daemon answers the app's snapctl requests for the views its plugs name; no rule",
	"kernel-module-load": "the daemon loads or denies the modules (kmod); the app loads nothing itself",
}

func (s *allSuite) TestPolicyTextHasDescriptionAndNoPlaceholders(c *check.C) {
	for _, iface := range builtin.Interfaces() {
		any := false
		for _, sample := range samplesOf(iface.Name()) {
			d, err := builtin.DescribeWith(iface, sample.plug, sample.slot)
			c.Assert(err, check.IsNil, check.Commentf("%q", iface.Name()))
			for _, text := range describedTexts(d) {
				if text == "" {
					continue
				}
				any = true
				comment := check.Commentf("%q with %v", iface.Name(), sample)
				// Each text opens with a description, and each group
				// of its rules with a comment saying why.
				checkExplained(c, text)
				c.Check(text, check.Not(check.Matches), leftoverPlaceholder, comment)
			}
		}
		why, listed := noPolicy[iface.Name()]
		c.Check(any, check.Equals, !listed, check.Commentf("%q: policy %v, no policy because %q", iface.Name(), any, why))
	}
}

func (s *allSuite) TestDescribeWithLeavesAttributesAlone(c *check.C) {
	iface, err := builtin.ByName("content")
	c.Assert(err, check.IsNil)
	plug := attrs{"target": "$SNAP_DATA/themes"}
	slot := attrs{"read": []interface{}{"$SNAP/themes"}}
	d, err := builtin.DescribeWith(iface, plug, slot)
	c.Assert(err, check.IsNil)
	c.Check(d.AppArmor.ConnectedPlug, testutil.Contains, "/themes")
	// The sanitizers complete the "content" tag in their own copies.
	c.Check(plug, check.DeepEquals, attrs{"target": "$SNAP_DATA/themes"})
	c.Check(slot, check.DeepEquals, attrs{"read": []interface{}{"$SNAP/themes"}})

	// A refused side shows nothing, and neither do the connected hooks.
	d, err = builtin.DescribeWith(iface, plug, nil)
	c.Assert(err, check.IsNil)
	c.Check(d.AppArmor.ConnectedPlug, check.Equals, "")
	bare, err := builtin.Describe(iface)
	c.Assert(err, check.IsNil)
	c.Check(bare.AppArmor.Empty() && bare.SecComp.Empty(), check.Equals, true)
}

// referenceExceptions lists, per interface and column, where the
// catalogue deliberately differs from the reference behaviour, and why.
var referenceExceptions = map[string]map[string]string{
	"gpio":     {"has_apparmor_connected_plug": "the reference gives the plug no AppArmor rule of its own; with a pin named (\"number\"), ours grants that pin's sysfs files, which driving it needs (gpio_test.go)"},
	"pwm":      {"has_apparmor_connected_plug": "the reference gives the plug no AppArmor rule of its own; with a channel named, ours grants that channel's sysfs files, which driving it needs (pwm_test.go)"},
	"libvirt":  {"has_seccomp_connected_plug": "a libvirt client only connects, sends and receives on a unix socket (passing descriptors with sendmsg), all in the base policy"},
	"bluez":    {"has_seccomp_connected_plug": "the reference's base lets every snap open Bluetooth sockets; ours opens the family with the interfaces that let it be used, bluez's plug among them"},
	"shutdown": {"has_seccomp_connected_plug": "a D-Bus client needs no syscall beyond the base allow-list; the reboot system call, which skips the clean shutdown, is deliberately not granted"},

	"timezone-control":        {"has_seccomp_connected_plug": "setting the kernel's zone offset (settimeofday with a zone alone) needs sys_time, the capability that sets the clock; timedated updates the offset itself after SetTimezone"},
	"timeserver-control":      {"has_seccomp_connected_plug": "choosing time servers is D-Bus calls and file writes, all in the base allow-list; the calls that steer the clock are time-control's"},
	"autopilot-introspection": {"has_seccomp_connected_plug": "answering Autopilot's D-Bus calls needs no syscall beyond the base allow-list"},
	// Catalogue III: kernel and device interfaces.
	"adb-support": {"has_seccomp_connected_plug": "adb's libusb backend does not start without its hotplug monitor, which listens on a kobject-uevent netlink socket that the base allow-list leaves out (adb_support.go)"},
	"posix-mq":    {"has_apparmor_connected_plug": "its rules are mqueue rules, which only ABI 4.0 has (AddFeatureSnippet): on ABI 3.0, which these columns compare, AppArmor does not mediate message queues and the plug gets no AppArmor rule (posix_mq.go)"},
	"ptp":         {"has_seccomp_connected_plug": "steering and stepping a PHC are clock_adjtime and clock_settime on its descriptor's clock id, which the base allow-list leaves out; ours grants them for descriptor clocks only (ptp.go)"},
	// Catalogue IV: container and support interfaces.
	"devlxd":            {"has_seccomp_connected_plug": "a DevLXD client connects to a unix socket file and speaks HTTP over it, all in the base allow-list (devlxd.go)"},
	"microceph-support": {"has_seccomp_connected_plug": "rbd device map waits for the mapped device on libudev's kobject-uevent netlink socket, which the base allow-list leaves out (microceph_support.go)"},

	// The driver-libs family.
	"cuda-driver-libs":         {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"egl-driver-libs":          {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"gbm-driver-libs":          {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"nvidia-video-driver-libs": {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"opengl-driver-libs":       {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"opengles-driver-libs":     {"has_apparmor_connected_plug": driverLibsPlugDiffers},
	"vulkan-driver-libs":       {"has_apparmor_connected_plug": driverLibsPlugDiffers},

	"iscsi-initiator":    {"has_seccomp_connected_plug": "the reference grants no netlink socket with it, so that iscsid must be the host's; here the app may run iscsid itself, which drives the kernel's iSCSI transport over the NETLINK_ISCSI family (iscsi_initiator.go)"},
	"kernel-module-load": {"needs_attributes": "a plug without modules is refused when its snap is added, where the reference takes it and refuses to connect it: it could never be connected, and the sanitizer is the one place that checks the entries (kernel_module_load.go)"},
	"mount-control":      {"needs_attributes": "a plug without mount entries is refused when its snap is added, where the reference takes it and refuses to connect it: it could never be connected, and the sanitizer is the one place that checks the entries (mount_control.go)"},
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (s *allSuite) TestAgreesWithReferenceFacts(c *check.C) {
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	for _, iface := range builtin.Interfaces() {
		row, ok := facts[iface.Name()]
		if !ok {
			continue
		}
		si := iface.StaticInfo()
		// The first sample: an interface whose slot names a device is
		// rendered with a device named.
		sample := samplesOf(iface.Name())[0]
		d, err := builtin.DescribeWith(iface, sample.plug, sample.slot)
		c.Assert(err, check.IsNil)
		got := map[string]string{
			"implicit_on_core":    fmt.Sprint(si.ImplicitOnCore),
			"implicit_on_classic": fmt.Sprint(si.ImplicitOnClassic),
		}
		// A bare plug cannot be rendered where the interface needs
		// attributes and has no sample; the reference says "error"
		// there too.
		_, sampled := samples[iface.Name()]
		if (row["needs_attributes"] == "no" || sampled) && row["has_apparmor_connected_plug"] != "error" {
			got["has_apparmor_connected_plug"] = yesNo(d.AppArmor.ConnectedPlug != "")
			got["has_seccomp_connected_plug"] = yesNo(d.SecComp.ConnectedPlug != "")
		}
		for column, value := range got {
			if why, ok := referenceExceptions[iface.Name()][column]; ok {
				c.Logf("%s: %s differs from the reference on purpose: %s", iface.Name(), column, why)
				continue
			}
			c.Check(value, check.Equals, row[column], check.Commentf("%s of %q", column, iface.Name()))
		}
	}
}

// wholeProfiles are the rendered profiles and policies of every
// interface of the catalogue, connected as connectedSnaps connects it.
var wholeProfiles struct {
	once     sync.Once
	apparmor []*apparmor.Profile
	// apparmor4 are the same profiles rendered for a host of ABI 4.0.
	apparmor4 []*apparmor.Profile
	seccomp   []*seccomp.Policy
	err       error
}

// renderWholeProfiles4 returns the profiles of renderWholeProfiles
// rendered for a host of ABI 4.0.
func renderWholeProfiles4() ([]*apparmor.Profile, error) {
	_, _, err := renderWholeProfiles()
	return wholeProfiles.apparmor4, err
}

// renderWholeProfiles renders, once, the AppArmor profiles and seccomp
// policies of the snaps connectedSnaps makes for every interface.
func renderWholeProfiles() ([]*apparmor.Profile, []*seccomp.Policy, error) {
	wholeProfiles.once.Do(func() {
		base, err := policy.BuiltinDeclaration()
		if err != nil {
			wholeProfiles.err = err
			return
		}
		for _, iface := range builtin.Interfaces() {
			aa, aa4, sc, err := renderConnected(base, iface)
			if err != nil {
				wholeProfiles.err = fmt.Errorf("%s: %w", iface.Name(), err)
				return
			}
			wholeProfiles.apparmor = append(wholeProfiles.apparmor, aa...)
			wholeProfiles.apparmor4 = append(wholeProfiles.apparmor4, aa4...)
			wholeProfiles.seccomp = append(wholeProfiles.seccomp, sc...)
		}
	})
	return wholeProfiles.apparmor, wholeProfiles.seccomp, wholeProfiles.err
}

// slotCarrier returns the type of snap that serves an interface's slot
// in renderConnected, and whether the base declaration lets such a snap
// carry it without a snap declaration: an app where app snaps may carry
// it, else a gadget or a kernel where they may; an app otherwise, one
// that a snap declaration allows.
func slotCarrier(base *policy.Declaration, name string) (snap.Type, bool) {
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
		info, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf("name: carrier\nversion: \"1\"\ntype: %s\nslots:\n  slot:\n    interface: %s\n", typ, name)))
		if err == nil && (&policy.InstallCandidate{Snap: info, BaseDeclaration: base, System: policy.System{Distribution: "ubuntu"}}).Check().Allowed() {
			return typ, true
		}
	}
	return snap.TypeApp, false
}

// renderConnected renders the whole profiles and policies of a consumer
// snap "use-NAME" whose app plugs the interface once per sample and per
// slot it connects to: (a) the system's implicit slot, where the
// interface is implicit and the sample has no slot attributes (the
// system's slots have none), on classic when it is implicit there,
// and (b) a provider snap "serve-NAME"'s slot, where its slot may be
// carried by such a snap (see providerType) or the sample has slot
// attributes, or the system has no slot to offer. The provider's
// profiles are rendered too, for a host of ABI 3.0 and of ABI 4.0.
func renderConnected(base *policy.Declaration, iface interfaces.Interface) (aa3, aa4 []*apparmor.Profile, sc []*seccomp.Policy, err error) {
	name := iface.Name()
	si := iface.StaticInfo()
	sys := builtin.Classic
	if !si.ImplicitOnClassic {
		sys = builtin.Core
	}
	typ, carried := slotCarrier(base, name)
	implicit := si.ImplicitOnClassic || si.ImplicitOnCore
	consumer := &strings.Builder{}
	fmt.Fprintf(consumer, "name: use-%s\nversion: \"1\"\napps:\n  app:\n    command: bin/app\nplugs:\n", name)
	provider := &strings.Builder{}
	fmt.Fprintf(provider, "name: serve-%s\nversion: \"1\"\ntype: %s\napps:\n  service:\n    command: bin/service\n    daemon: simple\nslots:\n", name, typ)
	type conn struct{ plug, slotSnap, slot string }
	var conns []conn
	plugAttrs, slotAttrs := map[string]attrs{}, map[string]attrs{}
	for i, sample := range samplesOf(name) {
		toSystem := implicit && sample.slot == nil
		if toSystem {
			plug := fmt.Sprintf("plug-%d-system", i)
			fmt.Fprintf(consumer, "  %s:\n    interface: %s\n", plug, name)
			plugAttrs[plug] = sample.plug
			conns = append(conns, conn{plug, builtin.SystemSnapName, name})
		}
		if sample.slot != nil || carried || !toSystem {
			plug, slot := fmt.Sprintf("plug-%d-provider", i), fmt.Sprintf("slot-%d", i)
			fmt.Fprintf(consumer, "  %s:\n    interface: %s\n", plug, name)
			fmt.Fprintf(provider, "  %s:\n    interface: %s\n", slot, name)
			plugAttrs[plug], slotAttrs[slot] = sample.plug, sample.slot
			conns = append(conns, conn{plug, "serve-" + name, slot})
		}
	}
	yamls := []string{consumer.String()}
	if len(slotAttrs) > 0 {
		yamls = append(yamls, provider.String())
	}
	repo := builtin.NewRepository()
	if _, err := repo.AddSnap(builtin.SystemSnap(sys)); err != nil {
		return nil, nil, nil, err
	}
	var infos []*snap.Info
	for _, yaml := range yamls {
		info, err := snap.InfoFromSnapYaml([]byte(yaml))
		if err != nil {
			return nil, nil, nil, err
		}
		for plug, a := range plugAttrs {
			if p := info.Plugs[plug]; p != nil {
				p.Attrs = a
			}
		}
		for slot, a := range slotAttrs {
			if s := info.Slots[slot]; s != nil {
				s.Attrs = a
			}
		}
		dropped, err := repo.AddSnap(info)
		if err != nil {
			return nil, nil, nil, err
		}
		if len(dropped) > 0 {
			return nil, nil, nil, fmt.Errorf("snap %q: dropped %v", info.InstanceName(), dropped)
		}
		infos = append(infos, info)
	}
	for _, cn := range conns {
		ref := interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "use-" + name, Name: cn.plug}, SlotRef: interfaces.SlotRef{Snap: cn.slotSnap, Name: cn.slot}}
		if _, err := repo.Connect(ref, nil, nil); err != nil {
			return nil, nil, nil, err
		}
	}
	var profiles, profiles4 []*apparmor.Profile
	var policies []*seccomp.Policy
	for _, info := range infos {
		aa := &apparmor.Specification{}
		if err := repo.SnapSpecification(aa, info.InstanceName()); err != nil {
			return nil, nil, nil, err
		}
		p, err := apparmor.RenderSnapProfiles(info, aa, apparmor.Host{Revision: "x1"})
		if err != nil {
			return nil, nil, nil, err
		}
		profiles = append(profiles, p...)
		p, err = apparmor.RenderSnapProfiles(info, aa, hostOfABI4)
		if err != nil {
			return nil, nil, nil, err
		}
		profiles4 = append(profiles4, p...)
		sc := &seccomp.Specification{}
		if err := repo.SnapSpecification(sc, info.InstanceName()); err != nil {
			return nil, nil, nil, err
		}
		pol, err := seccomp.RenderSnapPolicies(info, sc)
		if err != nil {
			return nil, nil, nil, err
		}
		policies = append(policies, pol...)
	}
	return profiles, profiles4, policies, nil
}

// One registry-wide check that policy compiles: for every interface,
// whole profiles with the interface connected (see renderConnected),
// all compiled by apparmor_parser in one batch, the parser being slow
// to start.
func (s *allSuite) TestWholeProfilesCompileWithAppArmor(c *check.C) {
	profiles, _, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	c.Assert(len(profiles) > len(builtin.Interfaces()), check.Equals, true)
	start := time.Now()
	checkAppArmorCompiles(c, profiles)
	c.Logf("apparmor_parser compiled %d profiles in %v", len(profiles), time.Since(start))
}

// The same profiles, rendered for a host of ABI 4.0, compiled by
// apparmor_parser 4.
func (s *allSuite) TestWholeProfilesOfABI4CompileWithAppArmor4(c *check.C) {
	profiles, err := renderWholeProfiles4()
	c.Assert(err, check.IsNil)
	start := time.Now()
	checkAppArmor4Compiles(c, profiles)
	c.Logf("apparmor_parser 4 compiled %d profiles in %v", len(profiles), time.Since(start))
}

// abi4Rules lists the interfaces that add rules of the classes ABI 4.0
// adds (userns, mqueue, io_uring, all), in a profile of that ABI, with
// those rules and the reason. No other interface may add any: an app
// that creates user namespaces must say so by plugging one of these.
var abi4Rules = map[string]struct {
	rules  []string
	reason string
}{
	"browser-support":    {[]string{"userns,"}, "the browser's sandbox (allow-sandbox) puts renderers in new user namespaces"},
	"docker-support":     {[]string{"userns,"}, "runc creates containers' user namespaces (userns-remap, rootless)"},
	"kubernetes-support": {[]string{"userns,"}, "pods with user namespaces of their own (the kubelet's rules)"},
	"lxd-support":        {[]string{"mqueue,", "userns,"}, "LXD gets every class of rule; unprivileged containers live in user namespaces"},
	"steam-support":      {[]string{"userns,"}, "bubblewrap starts each game in new user namespaces"},
	"userns":             {[]string{"userns,"}, "the interface exists to create user namespaces"},

	// Catalogue III: kernel and device interfaces.
	"posix-mq": {posixMQABI4Rules, "the queues a slot shares: the slot's permissions on the plug's side, every permission on the provider's"},
}

func (s *allSuite) TestRulesOfABI4OnlyWhereListed(c *check.C) {
	profiles, err := renderWholeProfiles4()
	c.Assert(err, check.IsNil)
	got := map[string][]string{}
	for _, p := range profiles {
		c.Check(p.ABI, check.Equals, apparmor.ABI40, check.Commentf(p.Tag))
		for i, line := range p.Lines() {
			if line = strings.TrimSpace(line); abi4Rule.MatchString(line) {
				origin := p.Origin(i + 1)
				if !strings.Contains(strings.Join(got[origin], " "), line) {
					got[origin] = append(got[origin], line)
				}
			}
		}
	}
	want := map[string][]string{}
	for name, r := range abi4Rules {
		want[name] = r.rules
	}
	for _, rules := range got {
		sort.Strings(rules)
	}
	c.Check(got, check.DeepEquals, want)
	// And the same profiles of ABI 3.0 have none of them.
	profiles3, _, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	for _, p := range profiles3 {
		c.Check(p.ABI, check.Equals, apparmor.ABI30, check.Commentf(p.Tag))
		for _, line := range p.Lines() {
			c.Check(abi4Rule.MatchString(strings.TrimSpace(line)), check.Equals, false, check.Commentf("%s: %s", p.Tag, line))
		}
	}
}

// The same snaps' seccomp policies, each compiled with libseccomp.
func (s *allSuite) TestWholePoliciesCompileWithLibseccomp(c *check.C) {
	_, policies, err := renderWholeProfiles()
	c.Assert(err, check.IsNil)
	start := time.Now()
	checkSecCompCompiles(c, policies)
	c.Logf("libseccomp compiled %d policies in %v", len(policies), time.Since(start))
}

// hostileValues are attribute values of every shape, for
// TestSanitizerErrorsNameTheirPlugOrSlot.
var hostileValues = []interface{}{
	int64(-1), true, 1.5, "", "x,\n/** rwk", "$SNAP/../../etc", strings.Repeat("a", 5000),
	[]interface{}{int64(1)}, []interface{}{"/etc/shadow", "/etc/shadow"}, attrs{"read": "x"},
}

// Every error of every sanitizer of the catalogue names the snap, the
// plug or slot, and the interface: fed each attribute key the catalogue
// knows, alone and beside an interface's sample attributes, with values
// of every shape.
func (s *allSuite) TestSanitizerErrorsNameTheirPlugOrSlot(c *check.C) {
	keys := map[string]bool{"interface": true, "bus": true, "name": true, "path": true, "read": true, "write": true, "source": true, "target": true}
	for _, list := range samples {
		for _, sample := range list {
			for k := range sample.plug {
				keys[k] = true
			}
			for k := range sample.slot {
				keys[k] = true
			}
		}
	}
	for _, a := range limitedAttrs {
		for k := range a.build(a.good) {
			keys[k] = true
		}
	}
	consumer, err := snap.InfoFromSnapYaml([]byte(consumerYaml("network")))
	c.Assert(err, check.IsNil)
	provider, err := snap.InfoFromSnapYaml([]byte(providerYaml(snap.TypeApp, "network")))
	c.Assert(err, check.IsNil)
	checked := 0
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		for _, sample := range samplesOf(name) {
			for key := range keys {
				for _, value := range append(hostileValues, nil) {
					plugAttrs, slotAttrs := attrs{}, attrs{}
					for k, v := range sample.plug {
						plugAttrs[k] = v
					}
					for k, v := range sample.slot {
						slotAttrs[k] = v
					}
					if value != nil {
						plugAttrs[key], slotAttrs[key] = value, value
					}
					if sanitizer, ok := iface.(interfaces.PlugSanitizer); ok {
						err := sanitizer.BeforePreparePlug(&snap.PlugInfo{Snap: consumer, Name: "plug", Interface: name, Attrs: plugAttrs})
						checked += checkNamesSide(c, err, "consumer", "plug", name)
					}
					if sanitizer, ok := iface.(interfaces.SlotSanitizer); ok {
						err := sanitizer.BeforePrepareSlot(&snap.SlotInfo{Snap: provider, Name: "slot", Interface: name, Attrs: slotAttrs})
						checked += checkNamesSide(c, err, "provider", "slot", name)
					}
				}
			}
		}
	}
	c.Logf("%d sanitizer errors checked", checked)
	c.Check(checked > 500, check.Equals, true)
}

// checkNamesSide checks that a sanitizer's error, if any, is a
// SanitizeError naming the sample snap's plug or slot and the
// interface; it returns 1 for an error, 0 for none.
func checkNamesSide(c *check.C, err error, snapName, side, iface string) int {
	if err == nil {
		return 0
	}
	var serr *interfaces.SanitizeError
	if !c.Check(errors.As(err, &serr), check.Equals, true, check.Commentf("%s %s: %T %v", iface, side, err, err)) {
		return 1
	}
	c.Check(*serr, check.DeepEquals, interfaces.SanitizeError{Snap: snapName, Side: side, Name: side, Interface: iface, Err: serr.Err})
	c.Check(err, check.ErrorMatches, regexp.QuoteMeta(fmt.Sprintf("cannot sanitize %s %s:%s (interface %q): ", side, snapName, side, iface))+"(?s).+")
	return 1
}

// A bare plug (no attributes) on an app snap is refused when its snap is
// added exactly where the reference says the interface needs attributes
// (the needs_attributes column), but for the rows of
// referenceExceptions, which must still differ.
func (s *allSuite) TestBarePlugAgreesWithReferenceFacts(c *check.C) {
	facts, err := testutil.LoadReferenceFacts()
	c.Assert(err, check.IsNil)
	compared := 0
	for _, iface := range builtin.Interfaces() {
		name := iface.Name()
		row, ok := facts[name]
		if !ok {
			continue
		}
		info, err := snap.InfoFromSnapYaml([]byte(consumerYaml(name)))
		c.Assert(err, check.IsNil)
		dropped, err := builtin.NewRepository().AddSnap(info)
		c.Assert(err, check.IsNil, check.Commentf("interface %q", name))
		got := yesNo(len(dropped) > 0)
		compared++
		if why, ok := referenceExceptions[name]["needs_attributes"]; ok {
			c.Logf("%s: needs_attributes differs from the reference on purpose: %s", name, why)
			c.Check(got, check.Not(check.Equals), row["needs_attributes"], check.Commentf("%q agrees with the reference now: drop its exception", name))
			continue
		}
		c.Check(got, check.Equals, row["needs_attributes"], check.Commentf("needs_attributes of %q (dropped: %v)", name, dropped))
	}
	c.Check(compared > 100, check.Equals, true, check.Commentf("only %d interfaces compared", compared))
}
