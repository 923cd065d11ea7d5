// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
)

type usbGadgetSuite struct{}

var _ = check.Suite(&usbGadgetSuite{})

func (s *usbGadgetSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "usb-gadget", staticInfo{
		summary:        "allows access to the usb gadget API",
		implicitOnCore: true,
		plugs:          "allow-installation:\n  plug-attributes:\n    ffs-mounts: $MISSING\ndeny-auto-connection: true",
		slots:          declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "usb-gadget").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendMount})
}

// usbGadgetADB is a plug with one FunctionFS mount, as an adb daemon
// has.
const usbGadgetADB = `ffs-mounts:
  - name: adb
    where: /dev/usb-ffs/adb
    persistent: true`

// A bare plug installs anywhere; one that lists FunctionFS mounts needs
// a snap declaration. Either connects to the Ubuntu Core system's slot
// by hand only.
func (s *usbGadgetSuite) TestDecisions(c *check.C) {
	checkPlugInstall(c, "usb-gadget", "", true)
	checkPlugInstall(c, "usb-gadget", usbGadgetADB, false)
	checkDecisions(c, "usb-gadget", []decision{
		{core: true, manual: true},
		{plugAttrs: usbGadgetADB, core: true, manual: true},
	})
	c.Check(builtin.SystemSnap(builtin.Classic).Slots["usb-gadget"], check.IsNil)
}

// A gadget tool (libusbgx, gt) builds a gadget in configfs and binds it;
// it reaches no other configfs subsystem, mounts nothing, and gets no
// capability.
func (s *usbGadgetSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("usb-gadget"))
	aa, sc := cn.plugSide(c)
	c.Check(sc, check.Equals, "")
	checkExplained(c, aa)
	const g = "/sys/kernel/config/usb_gadget/g1"
	cn.checkAccesses(c, plugTag, []string{
		"file r /sys/kernel/config/usb_gadget/",
		"file w " + g + "/",
		"file rw " + g + "/idVendor",
		"file w " + g + "/strings/0x409/",
		"file rw " + g + "/strings/0x409/product",
		"file w " + g + "/functions/acm.usb0/",
		"file w " + g + "/configs/c.1/acm.usb0",
		"file rw " + g + "/UDC",
		"file r /sys/class/udc/",
		"file r /sys/devices/platform/soc/fe980000.usb/udc/fe980000.usb/state",
	}, []string{
		"file w /sys/kernel/config/usb_gadget/",
		"file w /sys/kernel/config/nvmet/ports/1/addr_traddr",
		"file w /sys/kernel/config/target/core/",
		"file w /sys/devices/platform/soc/fe980000.usb/udc/fe980000.usb/soft_connect",
		"capability sys_admin",
		"mount fstype=functionfs source=adb /dev/usb-ffs/adb",
		"mount fstype=configfs source=configfs /sys/kernel/config",
		"file rw /dev/usb-ffs/adb/ep0",
	})
}

// Each FunctionFS mount adds its endpoint files, wherever the plug puts
// it, and nothing else of the mount point's tree.
func (s *usbGadgetSuite) TestFunctionFSEndpoints(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("usb-gadget", `ffs-mounts:
  - name: adb
    where: /dev/usb-ffs/adb
  - name: mtp
    where: $SNAP_COMMON/ffs/mtp
    persistent: true
  - name: my.fn
    where: $SNAP_DATA/my fn`))
	aa, _ := cn.plugSide(c)
	checkRules(c, aa,
		"/dev/usb-ffs/adb/ r,",
		"/dev/usb-ffs/adb/ep[0-9]* rw,",
		"/var/snap/@{SNAP_INSTANCE_NAME}/common/ffs/mtp/ep[0-9]* rw,",
		`"/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}/my fn/ep[0-9]*" rw,`)
	checkExplained(c, aa)
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/usb-ffs/adb/ep0",
		"file rw /dev/usb-ffs/adb/ep2",
		"file r /dev/usb-ffs/adb/",
		"file rw /var/snap/consumer/common/ffs/mtp/ep1",
		`file rw "/var/snap/consumer/x1/my fn/ep0"`,
	}, []string{
		"file rw /dev/usb-ffs/adb",
		"file rw /dev/usb-ffs/adb/ep0/x",
		"file rw /dev/usb-ffs/adb/other",
		"file rw /dev/usb-ffs/mtp/ep0",
		"file rw /var/snap/other/common/ffs/mtp/ep1",
		"capability sys_admin",
		"mount fstype=functionfs source=adb /dev/usb-ffs/adb",
		"umount /dev/usb-ffs/adb",
	})
}

func (s *usbGadgetSuite) TestSanitizePlug(c *check.C) {
	mount := func(entry attrs) attrs { return attrs{"ffs-mounts": []interface{}{entry}} }
	rows := []attrCase{
		{nil, ""},
		{attrs{"ffs-mounts": []interface{}{}}, ""},
		{mount(attrs{"name": "adb", "where": "/dev/usb-ffs/adb"}), ""},
		{mount(attrs{"name": "adb", "where": "$SNAP_COMMON"}), ""},
		{mount(attrs{"name": "adb", "where": "$SNAP_DATA", "persistent": false}), ""},
		{mount(attrs{"name": "f_1.x-y", "where": "$SNAP_COMMON/a b", "persistent": true}), ""},
		{attrs{"ffs-mounts": "adb"}, `"ffs-mounts" must be a list of mounts`},
		{attrs{"ffs-mounts": attrs{"name": "adb"}}, `"ffs-mounts" must be a list of mounts`},
		{attrs{"ffs-mounts": []interface{}{"adb"}}, `ffs-mounts\[0\] must be a map with "name" and "where"`},
		{mount(attrs{"where": "/dev/ffs/adb"}), `ffs-mounts\[0\] "name" must be a string`},
		{mount(attrs{"name": int64(1), "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] "name" must be a string`},
		{mount(attrs{"name": "adb"}), `ffs-mounts\[0\] "where" must be a string`},
		{mount(attrs{"name": "adb", "where": true}), `ffs-mounts\[0\] "where" must be a string`},
		{mount(attrs{"name": "adb", "where": "/dev/ffs/adb", "persistent": "yes"}), `ffs-mounts\[0\]: "persistent" must be true or false`},
		{mount(attrs{"name": "adb", "where": "/dev/ffs/adb", "type": "functionfs"}), `ffs-mounts\[0\] has unknown key "type": only "name", "where" and "persistent"`},
		{mount(attrs{"name": "adb", "where": "$SNAP_DATA/ffs", "persistent": true}), `ffs-mounts\[0\] where "\$SNAP_DATA/ffs" cannot be persistent: \$SNAP_DATA changes with the snap's revision`},
		{mount(attrs{"name": "", "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] name "" must be letters, digits, .*`},
		{mount(attrs{"name": ".adb", "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] name ".adb" must be letters, digits, .*`},
		{mount(attrs{"name": "a..b", "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] name "a..b" must be letters, digits, .*`},
		{mount(attrs{"name": "a b", "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] name "a b" must be letters, digits, .*`},
		{mount(attrs{"name": strings.Repeat("a", 40), "where": "/dev/ffs/adb"}), `ffs-mounts\[0\] name is 40 bytes long, more than the 39 allowed`},
		{mount(attrs{"name": "adb", "where": "/dev"}), `ffs-mounts\[0\] where "/dev" must be \$SNAP_COMMON or \$SNAP_DATA, a directory under one of them, or an absolute path at least two levels deep`},
		{mount(attrs{"name": "adb", "where": "/"}), `ffs-mounts\[0\] where "/" must be \$SNAP_COMMON or \$SNAP_DATA, .*`},
		{mount(attrs{"name": "adb", "where": "dev/ffs"}), `ffs-mounts\[0\] where "dev/ffs" must be absolute`},
		{mount(attrs{"name": "adb", "where": "$SNAP_USER_DATA/ffs"}), `ffs-mounts\[0\] where "\$SNAP_USER_DATA/ffs" contains "\$", .*`},
		{mount(attrs{"name": "adb", "where": "$SNAP/ffs"}), `ffs-mounts\[0\] where "\$SNAP/ffs" contains "\$", .*`},
		{mount(attrs{"name": "adb", "where": "$SNAP_COMMON/"}), `ffs-mounts\[0\] where "\$SNAP_COMMON/" must not end with a slash`},
		{mount(attrs{"name": "adb", "where": "$SNAP_COMMON/../../etc"}), `ffs-mounts\[0\] where "\$SNAP_COMMON/../../etc": its part below \$SNAP_COMMON "/../../etc" must be clean .*`},
		{attrs{"ffs-mounts": []interface{}{attrs{"name": "adb", "where": "/dev/ffs/a"}, attrs{"name": "adb", "where": "/dev/ffs/b"}}}, `ffs-mounts\[1\] name "adb" is listed twice`},
		{attrs{"ffs-mounts": []interface{}{attrs{"name": "a", "where": "/dev/ffs/a"}, attrs{"name": "b", "where": "/dev/ffs/a"}}}, `ffs-mounts\[1\] where "/dev/ffs/a" is listed twice`},
	}
	for _, p := range injectedPaths {
		rows = append(rows, attrCase{mount(attrs{"name": "adb", "where": p}), `ffs-mounts\[0\] where .*`})
	}
	rows = append(rows, injections("/dev/usb-ffs/adb", `ffs-mounts\[0\] where .*`, func(v string) map[string]interface{} {
		return mount(attrs{"name": "adb", "where": v})
	})...)
	checkPlugSanitizer(c, "usb-gadget", rows)
}

// usbGadgetMounts builds ffs-mounts with one entry a value: names
// ffs0, ffs1... at the given mount points.
func usbGadgetMounts(wheres ...string) map[string]interface{} {
	list := make([]interface{}, len(wheres))
	for i, w := range wheres {
		list[i] = attrs{"name": fmt.Sprintf("ffs%d", i), "where": w}
	}
	return attrs{"ffs-mounts": list}
}

// usbGadgetNames builds ffs-mounts with one entry a name.
func usbGadgetNames(names ...string) map[string]interface{} {
	list := make([]interface{}, len(names))
	for i, n := range names {
		list[i] = attrs{"name": n, "where": fmt.Sprintf("$SNAP_COMMON/ffs%d", i)}
	}
	return attrs{"ffs-mounts": list}
}
