// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type iscsiInitiatorSuite struct{}

var _ = check.Suite(&iscsiInitiatorSuite{})

func (s *iscsiInitiatorSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "iscsi-initiator", staticInfo{
		summary:           "allows access to iSCSI initiator functionality for block storage operations",
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
	c.Check(ifaceByName(c, "iscsi-initiator").StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendKMod})
}

// The system carries the slot on classic only; the plug needs a snap
// declaration, connects by hand and never by itself.
func (s *iscsiInitiatorSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	c.Check(installs(c, base, builtin.Classic, consumerYaml("iscsi-initiator")), check.Equals, false)
	c.Check(builtin.SystemSnap(builtin.Core).Slots["iscsi-initiator"], check.IsNil)
	checkDecisions(c, "iscsi-initiator", []decision{{manual: true, auto: false}})
	for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
		c.Check(installs(c, base, builtin.Classic, providerYaml(typ, "iscsi-initiator")), check.Equals, false)
	}
}

func (s *iscsiInitiatorSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("iscsi-initiator"))
	_, sc := cn.plugSide(c)
	c.Check(ruleLines(sc), check.DeepEquals, []string{"socket AF_NETLINK - NETLINK_ISCSI"})
	cn.checkAccesses(c, plugTag, []string{
		// iscsiadm and the host's iscsid.
		"unix connect stream peer_addr=@ISCSIADM_ABSTRACT_NAMESPACE peer=unconfined",
		"unix send stream peer_addr=@ISCSIADM_ABSTRACT_NAMESPACE peer=unconfined",
		// An iscsid of the snap's own.
		"unix bind stream addr=@ISCSIADM_ABSTRACT_NAMESPACE",
		"unix listen stream addr=@ISCSIADM_ABSTRACT_NAMESPACE",
		"network netlink raw",
		"capability sys_admin",
		"capability ipc_lock",
		"file rw /run/iscsid.pid",
		// Configuration and records.
		"file r /etc/iscsi/initiatorname.iscsi",
		"file r /etc/iscsi/iscsid.conf",
		"file rw /etc/iscsi/nodes/iqn.2004-04.com.example:target0/10.0.0.2,3260,1/default",
		"file rw /etc/iscsi/send_targets/10.0.0.2,3260/st_config",
		"file rwk /run/lock/iscsi/lock",
		// sysfs.
		"file r /sys/class/iscsi_session/",
		"file r /sys/devices/platform/host3/session1/iscsi_session/session1/targetname",
		"file w /sys/devices/platform/host3/session1/iscsi_session/session1/recovery_tmo",
		"file w /sys/devices/platform/host3/session1/connection1:0/iscsi_connection/connection1:0/noop_out_interval",
		"file w /sys/devices/platform/host3/scsi_host/host3/scan",
		"file w /sys/devices/platform/host3/session1/target3:0:0/3:0:0:1/delete",
		"file w /sys/devices/platform/host3/session1/target3:0:0/3:0:0:1/timeout",
		"file r /sys/devices/virtual/iscsi_transport/tcp/handle",
		// LIO.
		"file rw /sys/kernel/config/target/iscsi/iqn.2003-01.org.example:t1/tpgt_1/enable",
		"file rwk /run/targetcli.lock",
	}, []string{
		"file w /etc/iscsi/initiatorname.iscsi",
		"file w /etc/iscsi/iscsid.conf",
		"file w /sys/devices/platform/host3/session1/target3:0:0/3:0:0:1/block/sdc/size",
		"file w /sys/devices/pci0000:00/0000:00:1f.2/ata1/host0/scsi_host/host0/scan",
		"file w /sys/devices/platform/host3/iscsi_host/host3/../../../../kernel/x",
		"file w /sys/kernel/config/usb_gadget/g1/UDC",
		"file r /dev/sdc",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix bind stream addr=@other",
		"network netlink dgram",
		"capability sys_module",
		"capability net_admin",
	})
	cn.checkCompiles(c, "consumer")
	aa, _ := cn.plugSide(c)
	checkExplained(c, aa, sc)
}
