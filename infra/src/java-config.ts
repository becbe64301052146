/** log4j2 configuration shared by the broker and the Connect worker: everything to stdout (the log file). */
export const LOG4J2_PROPERTIES = `status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = out
logger.kafka.name = kafka
logger.kafka.level = WARN
logger.kafkaorg.name = org.apache.kafka
logger.kafkaorg.level = WARN
logger.connect.name = org.apache.kafka.connect
logger.connect.level = INFO
logger.connectconfig.name = org.apache.kafka.common.config.AbstractConfig
logger.connectconfig.level = WARN
logger.reflections.name = org.reflections
logger.reflections.level = ERROR
logger.state.name = state.change.logger
logger.state.level = WARN
logger.debezium.name = io.debezium
logger.debezium.level = INFO
`;

export function jvmArgs(heap: string): string[] {
  return [
    `-Xms${heap === '1g' ? '256m' : '128m'}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    '-Dfile.encoding=UTF-8',
  ];
}

export function properties(entries: Record<string, string | number>): string {
  return `${Object.entries(entries)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}
