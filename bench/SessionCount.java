import com.sun.tools.attach.VirtualMachine;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Prints how many HTTP sessions a running app's Tomcat holds: attaches to the JVM by process id,
 * starts its local JMX agent and sums activeSessions over Tomcat's session managers (the app runs
 * with server.tomcat.mbeanregistry.enabled=true). Run: java bench/SessionCount.java PID
 */
public class SessionCount {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            String address = vm.startLocalManagementAgent();
            try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                MBeanServerConnection server = jmx.getMBeanServerConnection();
                long sessions = 0;
                for (ObjectName manager : server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null)) {
                    sessions += ((Number) server.getAttribute(manager, "activeSessions")).longValue();
                }
                System.out.println(sessions);
            }
        } finally {
            vm.detach();
        }
    }
}
