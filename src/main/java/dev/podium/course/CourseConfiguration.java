package dev.podium.course;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    ServletRegistrationBean<CourseAssetServlet> courseAssets(CourseLibrary library) {
        ServletRegistrationBean<CourseAssetServlet> registration = new ServletRegistrationBean<>(
                new CourseAssetServlet(library), CourseAssetServlet.PATH + "/*");
        registration.setName("courseAssets");
        return registration;
    }
}
