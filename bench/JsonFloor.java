import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The floor for batch: read every line of a JSON Lines file into a Jackson tree, nothing else, one
 * thread.
 */
public class JsonFloor {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long lines = 0;
        long fields = 0;
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8),
                        1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                fields += json.readTree(line).size();
                lines++;
            }
        }
        System.out.println(lines + " lines, " + fields + " top-level fields");
    }
}
