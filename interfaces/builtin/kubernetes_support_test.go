// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type kubernetesSupportSuite struct{}

var _ = check.Suite(&kubernetesSupportSuite{})

func (s *kubernetesSupportSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "kubernetes-support", staticInfo{
		summary:           "allows operating as the Kubernetes service",
		implicitOnCore:    true,
		implicitOnClassic: true,
		plugs:             declSuperPrivilegedPlug,
		slots:             declSystemSlotNoAutoConnect,
	})
}

// Key rules of each part of the interface.
var (
	kubeletAppArmor   = []string{"umount /var/snap/@{SNAP_INSTANCE_NAME}/common/**,", "@{run}/containerd/containerd.sock rw,", "@{sys}/fs/cgroup/** rw,", "/dev/kmsg r,"}
	kubeletSecComp    = []string{"mount", "umount2", "unshare &CLONE_NEWUSER=0", "setns - CLONE_NEWNET", "fchownat - - -1 -", "fchownat - - - -1"}
	kubeproxyAppArmor = []string{"capability net_admin,", "@{PROC}/sys/net/** rw,", "@{PROC}/modules r,"}
	// kube-proxy's netlink sockets come with firewall-control and
	// network-control, as in the reference.
	kubeproxySecComp = []string(nil)
	autobindAppArmor = []string{"unix (bind) type=stream addr=auto,", "unix (bind) type=dgram addr=auto,"}
)

func (s *kubernetesSupportSuite) TestFlavors(c *check.C) {
	for _, t := range []struct {
		attrs                    []string
		kubelet, proxy, autobind bool
	}{
		{nil, true, true, true},
		{[]string{"flavor: kubelet"}, true, false, true},
		{[]string{"flavor: kubeproxy"}, false, true, true},
		{[]string{"flavor: autobind-unix"}, false, false, true},
	} {
		comment := check.Commentf("%v", t.attrs)
		aa, sc := connectToSystem(c, builtin.Core, consumerYaml("kubernetes-support", t.attrs...)).plugSide(c)
		for _, part := range []struct {
			want             bool
			aaRules, scRules []string
		}{
			{t.kubelet, kubeletAppArmor, kubeletSecComp},
			{t.proxy, kubeproxyAppArmor, kubeproxySecComp},
			{t.autobind, autobindAppArmor, nil},
		} {
			for _, rule := range part.aaRules {
				c.Check(lines(aa), contains(part.want), rule, comment)
			}
			for _, rule := range part.scRules {
				c.Check(lines(sc), contains(part.want), rule, comment)
			}
		}
		// No flavor lets the snap leave its confinement, or load modules.
		checkGrantsNone(c, aa, startingWith("change_profile", "capability sys_module", "capability,", "/** ", "/{,**}")...)
		checkGrantsNone(c, sc, startingWith("@unrestricted", "init_module", "finit_module")...)
		// Nor give files to any owner at once, serve sockets (network-bind
		// does), or open sockets beyond the base (see kubeproxySecComp).
		checkGrantsNone(c, sc, append(startingWith("chown", "lchown", "fchown ", "fchown32", "listen", "accept", "socket"), "fchown", "fchownat", "fchownat - - - -", "unshare")...)
		checkExplained(c, aa, sc)
	}
}

// The kubelet mounts pods' volumes under its root directory in the
// snap's SNAP_COMMON, and nowhere else; other flavors mount nothing.
func (s *kubernetesSupportSuite) TestMountsAreTheKubelets(c *check.C) {
	const volumes = "/var/snap/consumer/common/var/lib/kubelet/pods/0f1e/volumes/"
	mounts := []string{
		"mount options=rbind source=/var/snap/consumer/common/data/x " + volumes + "kubernetes.io~empty-dir/cache/",
		"mount options=rw,rshared /var/snap/consumer/common/var/lib/kubelet/",
		"remount options=bind,ro " + volumes + "kubernetes.io~configmap/config/",
		"mount fstype=tmpfs source=tmpfs " + volumes + "kubernetes.io~secret/token/",
		"mount fstype=ext4 source=/dev/sdb1 " + volumes + "kubernetes.io~local-volume/disk/",
		"mount fstype=xfs source=/dev/nvme1n1 " + volumes + "kubernetes.io~csi/pv/mount/",
		"umount " + volumes + "kubernetes.io~secret/token/",
		"capability sys_admin",
	}
	never := []string{
		"mount options=rbind source=/etc " + volumes + "x/",
		"mount fstype=tmpfs source=tmpfs /var/lib/kubelet/pods/0f1e/volumes/x/",
		"mount fstype=tmpfs source=tmpfs /etc/",
		"mount fstype=ext4 source=/dev/sdb1 /mnt/",
		"mount fstype=proc source=proc " + volumes + "x/",
		"mount options=rw,rshared /",
		"remount /",
		"umount /var/snap/other/common/x/",
		"umount /home/",
		"pivot_root /var/snap/consumer/common/x/",
		"change_profile target=unconfined",
	}
	for _, t := range []struct {
		attrs  []string
		mounts bool
	}{
		{nil, true},
		{[]string{"flavor: kubelet"}, true},
		{[]string{"flavor: kubeproxy"}, false},
		{[]string{"flavor: autobind-unix"}, false},
	} {
		cn := connectToSystem(c, builtin.Core, consumerYaml("kubernetes-support", t.attrs...))
		if t.mounts {
			cn.checkAccesses(c, plugTag, mounts, never)
		} else {
			cn.checkAccesses(c, plugTag, []string{"unix bind stream addr=auto"}, append(never, mounts...))
		}
	}
}

func (s *kubernetesSupportSuite) TestSanitizePlug(c *check.C) {
	checkPlugSanitizer(c, "kubernetes-support", []attrCase{
		{map[string]interface{}{}, ""},
		{map[string]interface{}{"flavor": "kubelet"}, ""},
		{map[string]interface{}{"flavor": "kubeproxy"}, ""},
		{map[string]interface{}{"flavor": "autobind-unix"}, ""},
		{map[string]interface{}{"flavor": ""}, `flavor "" must be one of "kubelet", "kubeproxy" or "autobind-unix"`},
		{map[string]interface{}{"flavor": "kubelet,\n/** rw"}, `flavor "kubelet,\\n/\*\* rw" must be one of .*`},
		{map[string]interface{}{"flavor": "Kubelet"}, `flavor "Kubelet" must be one of .*`},
		{map[string]interface{}{"flavor": int64(1)}, `"flavor" must be a string`},
		{map[string]interface{}{"flavor": []interface{}{"kubelet", "kubeproxy"}}, `"flavor" must be a string`},
	})
}

// The kubelet's pods may have user namespaces of their own: its rules
// allow creating them on ABI 4.0; kube-proxy and autobind do not.
func (s *kubernetesSupportSuite) TestUserNSWithTheKubeletOnABI4(c *check.C) {
	for _, t := range []struct {
		attrs string
		rules []string
	}{
		{"", []string{"userns,"}},
		{"flavor: kubelet", []string{"userns,"}},
		{"flavor: kubeproxy", nil},
		{"flavor: autobind-unix", nil},
	} {
		cn := connectToSystem(c, builtin.Core, consumerYaml("kubernetes-support", t.attrs))
		cn.checkABI4Rules(c, "consumer", plugTag, "kubernetes-support", t.rules...)
	}
}
