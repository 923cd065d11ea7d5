// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type rosOptDataSuite struct{ referenceSuite }

var _ = check.Suite(&rosOptDataSuite{referenceSuite{referenceCase{
	name:         "ros-opt-data",
	summary:      "allows reading the static data of the host's ROS installation in /opt/ros",
	plugAppArmor: []string{"/var/lib/snapd/hostfs/opt/ros/**.{urdf,xacro,sdf,srdf,world} r,"},
	// Read only, under /opt/ros only.
	mustNotGrant: []string{" w", " m", "ix", "capability", "/var/lib/snapd/hostfs/opt/ros/** r", "/var/lib/snapd/hostfs/opt/ r"},
}}})

func (s *rosOptDataSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "ros-opt-data", staticInfo{summary: s.summary, implicitOnClassic: true, slots: declSystemSlot})
}

const hostROS = "/var/lib/snapd/hostfs/opt/ros/humble"

// The app reads the installation's data where the host's tree shows
// it; not its programs, libraries or Python packages, not the rest of
// /opt or of the host, and it writes nothing.
func (s *rosOptDataSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("ros-opt-data"))
	cn.checkAccesses(c, plugTag, []string{
		"file r /var/lib/snapd/hostfs/opt/ros/",
		"file r " + hostROS + "/share/",
		"file r " + hostROS + "/share/ur_description/urdf/ur.urdf.xacro",
		"file r " + hostROS + "/share/ur_description/meshes/ur5e/visual/base.dae",
		"file r " + hostROS + "/share/ur_description/meshes/ur5e/collision/base.stl",
		"file r " + hostROS + "/share/turtlebot3_gazebo/worlds/empty_world.world",
		"file r " + hostROS + "/share/turtlebot3_gazebo/models/turtlebot3_burger/model.sdf",
		"file r " + hostROS + "/share/moveit_resources_panda_moveit_config/config/panda.srdf",
		"file r " + hostROS + "/share/nav2_bringup/params/nav2_params.yaml",
		"file r " + hostROS + "/share/nav2_bringup/launch/bringup_launch.py",
		"file r " + hostROS + "/share/nav2_bringup/rviz/nav2_default_view.rviz",
		"file r " + hostROS + "/share/geometry_msgs/msg/Twist.msg",
		"file r " + hostROS + "/share/ur_description/package.xml",
		"file r " + hostROS + "/share/ament_index/resource_index/packages/ur_description",
		"file r " + hostROS + "/setup.bash",
		"file r " + hostROS + "/local_setup.sh",
		"file r " + hostROS + "/share/rclpy/environment/ament_prefix_path.dsv",
		"file r " + hostROS + "/_local_setup_util_sh.py",
	}, []string{
		"file w " + hostROS + "/share/ur_description/urdf/ur.urdf.xacro",
		"file w " + hostROS + "/share/new.yaml",
		"file r " + hostROS + "/lib/librclcpp.so",
		"file m " + hostROS + "/lib/librclcpp.so",
		"file r " + hostROS + "/bin/ros2",
		"exec " + hostROS + "/bin/ros2",
		"exec " + hostROS + "/setup.sh",
		"file r " + hostROS + "/lib/python3.10/site-packages/rclpy/__init__.py",
		"file r " + hostROS + "/opt/rviz_ogre_vendor/lib/libOgreMain.so.1.12.1",
		"file r /var/lib/snapd/hostfs/opt/",
		"file r /var/lib/snapd/hostfs/opt/other/config.yaml",
		"file r /var/lib/snapd/hostfs/opt/rosetta/config.yaml",
		"file r /var/lib/snapd/hostfs/etc/shadow",
		"file r /var/lib/snapd/hostfs/home/u/.ssh/id_rsa",
		"file r /var/lib/snapd/hostfs/tmp/config.yaml",
	})
	cn.checkAccesses(c, otherPlugTag, nil, []string{"file r " + hostROS + "/setup.bash"})
}
