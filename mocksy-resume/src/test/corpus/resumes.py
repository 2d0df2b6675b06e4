"""The Mocksy resume corpus: fictional people and text written for this project.

Each resume is the content a person would write plus, under "expected", the profile a careful human reader
annotates by hand: every skill the text names, total years of non-internship work (overlaps once, "Present" is
November 2026, a bare year counts from its middle), seniority and job families. generate.py renders them.
"""

R = []

R.append(dict(
    id="01-tomasz-java-single", form="pdf-single",
    name="Tomasz Brennan", headline="Senior Backend Engineer",
    email="tomasz.brennan@example.org", phone="+1 415 555 0142", location="Oakland, CA",
    links=["github.com/tbrennan-dev"],
    headings={},
    summary="Backend engineer who likes boring, observable systems. Eight years building payment and ledger "
            "services on the JVM, most recently leading the move of a monolith to event-driven services.",
    experience=[
        ("Senior Backend Engineer", "Larkspur Payments", "Jan 2021 - Present", [
            "Split the settlement monolith into six Spring Boot services talking over Kafka",
            "Cut p99 latency of the ledger API from 900 ms to 120 ms with PostgreSQL partitioning and Redis",
            "Run on Kubernetes with Helm charts; on-call lead for the payments platform"]),
        ("Backend Engineer", "Quillfeather Software", "Jun 2018 - Dec 2020", [
            "Built REST APIs in Java 11 with Hibernate and JUnit 5",
            "Introduced Testcontainers for integration tests and Gradle build caching"]),
        ("Junior Software Developer", "Brightmoor Insurance", "Sep 2016 - May 2018", [
            "Maintained claims batch jobs written in Java and Oracle PL/SQL"]),
    ],
    education=[("B.S. Computer Science", "San Jose State University", "2012 - 2016")],
    skills=["Languages: Java, Kotlin, SQL", "Frameworks: Spring Boot, Hibernate",
            "Infrastructure: Docker, Kubernetes, AWS, Terraform", "Data: PostgreSQL, Redis, Kafka"],
    projects=[], certifications=["AWS Certified Developer - Associate (2022)"],
    expected=dict(skills=["Java", "Kotlin", "SQL", "Spring Boot", "Hibernate", "Docker", "Kubernetes", "AWS",
                          "Terraform", "PostgreSQL", "Redis", "Kafka", "Helm", "REST", "JUnit", "Testcontainers",
                          "Gradle", "Event-Driven Architecture", "Integration Testing", "Batch Processing"],
                  years=10.2, seniority="senior", roles=["backend"]),
))

R.append(dict(
    id="02-amara-frontend-twocolumn", form="pdf-two-column",
    name="Amara Okonkwo", headline="Frontend Developer",
    email="amara.okonkwo@example.com", phone="+44 20 7946 0958", location="Leeds, UK",
    links=["amara.dev"],
    headings={},
    summary="Frontend developer focused on accessible, fast interfaces for public services.",
    experience=[
        ("Frontend Developer", "Civic Forms Ltd", "March 2022 - Present", [
            "Rebuilt the form builder in React and TypeScript with a shared design system in Storybook",
            "Raised Lighthouse accessibility scores to 100 across 40 pages (WCAG 2.1 AA)"]),
        ("Junior Web Developer", "Pixel & Pine Studio", "July 2020 - February 2022", [
            "Built marketing sites with Vue.js, Sass and Webpack",
            "Wrote end-to-end tests in Cypress"]),
    ],
    education=[("BA Digital Media", "University of Leeds", "2017 - 2020")],
    skills=["TypeScript, JavaScript, HTML, CSS", "React, Redux, Vue.js, Next.js", "Jest, Cypress, Storybook",
            "Figma"],
    projects=[], certifications=[],
    expected=dict(skills=["React", "TypeScript", "JavaScript", "HTML", "CSS", "Redux", "Vue.js", "Next.js", "Jest",
                          "Cypress", "Storybook", "Web Performance", "Accessibility", "Sass", "Webpack", "Figma",
                          "Design Systems", "End-to-End Testing"],
                  years=6.4, seniority="mid", roles=["frontend"]),
))

R.append(dict(
    id="03-ines-devops-table", form="docx-table",
    name="Inês Carvalho", headline="DevOps Engineer",
    email="ines.carvalho@example.pt", phone="+351 912 345 678", location="Porto, Portugal",
    links=["linkedin.com/in/inescarvalho-ops"],
    headings={},
    summary="Platform engineer who automates everything twice: once to learn, once to keep.",
    experience=[
        ("DevOps Engineer", "Atlântico Logistics", "2021 - Present", [
            "Moved 120 services from VMs to Amazon EKS using Terraform and Argo CD",
            "Built the observability stack: Prometheus, Grafana, Loki and OpenTelemetry"]),
        ("Systems Administrator", "Vinhedo Telecom", "2017 - 2021", [
            "Automated Linux server builds with Ansible and Jenkins pipelines",
            "Managed Nginx and HAProxy load balancers for the customer portal"]),
    ],
    education=[("Licenciatura em Engenharia Informática", "Universidade do Porto", "2013 - 2017")],
    skills=["Cloud: AWS, Azure", "IaC: Terraform, Ansible", "Containers: Docker, Kubernetes, Helm",
            "CI/CD: Jenkins, GitHub Actions, Argo CD", "Scripting: Bash, Python"],
    projects=[], certifications=["Certified Kubernetes Administrator (CKA), 2022"],
    expected=dict(skills=["AWS", "Azure", "Terraform", "Ansible", "Docker", "Kubernetes", "Helm", "CI/CD", "Jenkins",
                          "GitHub Actions", "Argo CD", "Bash", "Python", "Amazon EKS", "Prometheus", "Grafana",
                          "Loki", "OpenTelemetry", "Linux", "Nginx", "HAProxy", "Load Balancing",
                          "Observability", "Infrastructure as Code"],
                  years=9.4, seniority="senior", roles=["devops"]),
))

R.append(dict(
    id="04-priya-data-latex", form="latex",
    name="Priya Raghunathan", headline="Data Scientist",
    email="priya.r@example.net", phone="+91 98450 12345", location="Bengaluru, India",
    links=["github.com/priya-models"],
    headings={},
    summary="Data scientist working on demand forecasting and pricing experiments for retail.",
    experience=[
        ("Senior Data Scientist", "Kirana Cart", "Aug 2022 -- Present", [
            "Built gradient boosted demand models with XGBoost and LightGBM on Databricks",
            "Designed the A/B testing framework used for all pricing experiments"]),
        ("Data Scientist", "Monsoon Analytics", "Jul 2019 -- Jul 2022", [
            "Trained churn models in Python with scikit-learn and Pandas",
            "Shipped NLP classifiers for support tickets with PyTorch and spaCy"]),
        ("Data Science Intern", "Monsoon Analytics", "Jan 2019 -- Jun 2019", [
            "Cleaned survey data and built Tableau dashboards"]),
    ],
    education=[("M.Sc. Statistics", "Indian Statistical Institute", "2017 -- 2019")],
    skills=["Python, R, SQL", "Pandas, NumPy, scikit-learn, XGBoost, LightGBM, PyTorch",
            "Spark, Databricks, Airflow", "Tableau"],
    projects=[], certifications=[],
    expected=dict(skills=["Python", "R", "SQL", "Pandas", "NumPy", "scikit-learn", "XGBoost", "LightGBM", "PyTorch",
                          "Apache Spark", "Databricks", "Apache Airflow", "Tableau", "A/B Testing",
                          "Natural Language Processing", "spaCy", "Statistics"],
                  years=7.4, seniority="senior", roles=["data"]),
))

R.append(dict(
    id="05-henrik-embedded-latex-twocolumn", form="latex-two-column",
    name="Henrik Sandvik", headline="Embedded Software Engineer",
    email="henrik.sandvik@example.no", phone="+47 412 34 567", location="Trondheim, Norway",
    links=[],
    headings={},
    summary="Firmware engineer for battery-powered sensors: low power, small memory, long field life.",
    experience=[
        ("Embedded Software Engineer", "Fjordsense AS", "09/2019 - present", [
            "Wrote firmware in C for STM32 sensor nodes running FreeRTOS",
            "Brought sleep current down to 4 uA by reworking the SPI and I2C drivers"]),
        ("Firmware Developer", "Nordlys Marine", "08/2016 - 08/2019", [
            "Developed CAN bus gateways in C and C++ on ARM Cortex-M",
            "Built a hardware-in-the-loop test rig with Python and pytest"]),
    ],
    education=[("MSc Engineering Cybernetics", "NTNU", "2011 - 2016")],
    skills=["C, C++, Python", "FreeRTOS, Zephyr, Embedded Linux", "STM32, ARM Cortex-M, ESP32",
            "SPI, I2C, UART, CAN bus", "Git, CMake, GDB"],
    projects=[], certifications=[],
    expected=dict(skills=["C", "C++", "Python", "FreeRTOS", "Zephyr", "Embedded Linux", "STM32", "ARM Cortex-M",
                          "ESP32", "SPI", "I2C", "UART", "CAN bus", "Git", "CMake", "GDB", "Firmware", "pytest"],
                  years=10.3, seniority="senior", roles=["embedded"]),
))

R.append(dict(
    id="06-diego-qa-doc", form="doc",
    name="Diego Fuentes Alarcón", headline="QA Automation Engineer",
    email="diego.fuentes@example.mx", phone="+52 55 1234 5678", location="Guadalajara, Mexico",
    links=[],
    headings={},
    summary="Test automation engineer for mobile banking apps; I make releases uneventful.",
    experience=[
        ("QA Automation Engineer", "Banco Sereno", "Feb 2020 - Present", [
            "Built the Appium suite for the Android and iOS apps, run nightly in Jenkins",
            "Added API contract tests with Pact and load tests with JMeter"]),
        ("Software Tester", "Tequila Labs", "Jan 2018 - Jan 2020", [
            "Wrote Selenium WebDriver tests in Java with TestNG",
            "Tracked defects in Jira and wrote test plans in Confluence"]),
    ],
    education=[("Ingeniería en Sistemas Computacionales", "Universidad de Guadalajara", "2013 - 2017")],
    skills=["Appium, Selenium, Cypress", "Java, JavaScript, Python", "JMeter, Pact, Postman", "Jenkins, Git, Jira"],
    projects=[], certifications=["ISTQB Foundation Level (2018)"],
    expected=dict(skills=["Appium", "Selenium", "Cypress", "Java", "JavaScript", "Python", "JMeter",
                          "Contract Testing", "Postman", "Jenkins", "Git", "Jira", "Android", "iOS", "TestNG",
                          "Confluence"],
                  years=8.9, seniority="senior", roles=["qa"]),
))

R.append(dict(
    id="07-mei-fullstack-markdown", form="markdown",
    name="Mei Lin Zhao", headline="Full-Stack Engineer",
    email="meilin.zhao@example.com", phone="(206) 555-0187", location="Seattle, WA",
    links=["https://github.com/meilinzhao"],
    headings={"experience": "Experience", "skills": "Tech Stack"},
    summary="Full-stack engineer at small startups: I ship the feature, the migration and the dashboard.",
    experience=[
        ("Full-Stack Engineer", "Tidepool Health", "Apr 2023 - Present", [
            "Built the patient portal with Next.js, Node.js and GraphQL on PostgreSQL",
            "Set up Prisma migrations and Playwright tests in GitHub Actions"]),
        ("Software Engineer", "Cedar & Stone", "Jun 2020 - Mar 2023", [
            "Developed Django REST Framework APIs and a React dashboard",
            "Moved background jobs to Celery with RabbitMQ"]),
    ],
    education=[("B.S. Informatics", "University of Washington", "2016 - 2020")],
    skills=["**Frontend:** React, Next.js, TypeScript, Tailwind CSS", "**Backend:** Node.js, Python, Django, GraphQL",
            "**Data:** PostgreSQL, Redis", "**Tooling:** Docker, GitHub Actions, Playwright"],
    projects=["Tiny Ledger - an open-source budgeting app in SvelteKit with SQLite"], certifications=[],
    expected=dict(skills=["React", "Next.js", "TypeScript", "Tailwind CSS", "Node.js", "Python", "Django",
                          "GraphQL", "PostgreSQL", "Redis", "Docker", "GitHub Actions", "Playwright", "Prisma",
                          "Django REST Framework", "Celery", "RabbitMQ", "Svelte", "SQLite"],
                  years=6.5, seniority="mid", roles=["full-stack"]),
))

R.append(dict(
    id="08-jordan-junior-text", form="text",
    name="Jordan Ellery", headline="Junior Software Developer",
    email="jordan.ellery@example.com", phone="0412 345 678", location="Adelaide, SA",
    links=[],
    headings={},
    summary="Bootcamp graduate and former barista who now writes Python for a logistics company.",
    experience=[
        ("Junior Software Developer", "Outback Freight Co", "Oct 2024 - Present", [
            "Write Python scripts and Flask endpoints for the dispatch team",
            "Fix bugs in a Vue front end and add unit tests with pytest"]),
        ("Barista", "Bean There Cafe", "2019 - 2023", [
            "Trained new staff and managed weekly stock orders"]),
    ],
    education=[("Full Stack Web Development Bootcamp", "Coder Academy", "2023 - 2024")],
    skills=["Python, JavaScript, SQL", "Flask, Vue, HTML, CSS", "Git, Linux"],
    projects=["Route Buddy - a Flask app that plans delivery routes with the OpenStreetMap API"],
    certifications=[],
    expected=dict(skills=["Python", "JavaScript", "SQL", "Flask", "Vue.js", "HTML", "CSS", "Git", "Linux", "pytest",
                          "Unit Testing"],
                  years=6.2, seniority="junior", roles=["backend", "frontend"]),
))

R.append(dict(
    id="09-kwame-sre-rtf", form="rtf",
    name="Kwame Asante", headline="Site Reliability Engineer",
    email="kwame.asante@example.com.gh", phone="+233 24 123 4567", location="Accra, Ghana",
    links=["kwameasante.io"],
    headings={"experience": "Employment History", "skills": "Core Competencies"},
    summary="SRE for mobile-money platforms where an hour of downtime makes the evening news.",
    experience=[
        ("Senior Site Reliability Engineer", "Sika Mobile Money", "Sept 2021 - Present", [
            "Owned SLOs and incident response for 30 Go and Java services on Google Cloud",
            "Introduced chaos engineering game days and cut MTTR by half"]),
        ("Site Reliability Engineer", "Volta Networks", "Mar 2018 - Aug 2021", [
            "Ran Kubernetes clusters on GKE with Istio; wrote Terraform modules",
            "Built alerting with Prometheus and PagerDuty"]),
        ("Network Engineer", "Volta Networks", "Jan 2015 - Feb 2018", [
            "Configured Cisco routers and BGP peering for 12 regional sites"]),
    ],
    education=[("BSc Computer Engineering", "KNUST", "2010 - 2014")],
    skills=["Go, Python, Bash", "Kubernetes, Istio, Terraform, Google Cloud, GKE", "Prometheus, Grafana, PagerDuty",
            "Incident Management, Chaos Engineering"],
    projects=[], certifications=["Google Professional Cloud DevOps Engineer (2021)"],
    expected=dict(skills=["Go", "Python", "Bash", "Kubernetes", "Istio", "Terraform", "Google Cloud",
                          "Google Kubernetes Engine", "Prometheus", "Grafana", "PagerDuty", "Incident Management",
                          "Chaos Engineering", "Java", "Cisco", "BGP", "Site Reliability Engineering"],
                  years=11.9, seniority="senior", roles=["devops"]),
))

R.append(dict(
    id="10-sofia-intern-html", form="html",
    name="Sofia Marchetti", headline="Computer Science Student",
    email="sofia.marchetti@studenti.example.it", phone="+39 333 123 4567", location="Bologna, Italy",
    links=["github.com/sofiamarchetti"],
    headings={"experience": "Internships"},
    summary="Third-year computer science student looking for a backend internship for summer 2027.",
    experience=[
        ("Software Engineering Intern", "Tortellini Tech", "Summer 2025", [
            "Added pagination to a Spring Boot REST API and wrote JUnit tests"]),
        ("Teaching Assistant (student job)", "Università di Bologna", "Oct 2024 - Jun 2025", [
            "Ran lab sessions for the Programming in C course"]),
    ],
    education=[("BSc Computer Science (expected 2027)", "Università di Bologna", "2024 - 2027")],
    skills=["Java, C, Python, SQL", "Spring Boot, JUnit", "Git, Linux, Docker"],
    projects=["Chess engine in C with bitboards", "Campus room booking app in Java and SQLite"],
    certifications=[],
    expected=dict(skills=["Java", "C", "Python", "SQL", "Spring Boot", "JUnit", "Git", "Linux", "Docker", "REST",
                          "SQLite"],
                  years=0.0, seniority="student", roles=["backend"]),
))

R.append(dict(
    id="11-olusegun-mobile-unusual", form="pdf-single",
    name="Olusegun Adeyemi", headline="iOS and Android developer",
    email="segun@example.ng", phone="+234 803 123 4567", location="Lagos, Nigeria",
    links=["segun.dev"],
    headings={"summary": "In short", "experience": "Where I've worked", "skills": "Toolbox",
              "education": "Schooling", "projects": "Things I've built"},
    summary="Mobile developer who has shipped 14 apps to the stores; happiest in Swift and Kotlin.",
    experience=[
        ("Lead Mobile Engineer", "Jollof Rides", "May 2022 - Present", [
            "Lead a team of five building the rider apps in SwiftUI and Jetpack Compose",
            "Set up Fastlane releases and Firebase Crashlytics monitoring"]),
        ("Mobile Developer", "Naija Bytes", "Jan 2019 - Apr 2022", [
            "Built Android apps in Kotlin with Retrofit and Room, and iOS apps with UIKit",
            "Shared business logic with Kotlin Multiplatform"]),
    ],
    education=[("B.Tech Computer Science", "Federal University of Technology Akure", "2013 - 2018")],
    skills=["Swift, Kotlin, Dart", "SwiftUI, UIKit, Jetpack Compose, Flutter", "Firebase, Fastlane, Git"],
    projects=["Danfo Tracker - live bus positions for Lagos commuters (Flutter)"],
    certifications=[],
    expected=dict(skills=["Swift", "Kotlin", "Dart", "SwiftUI", "UIKit", "Jetpack Compose", "Flutter", "Firebase",
                          "Fastlane", "Git", "Firebase Crashlytics", "Retrofit", "Room", "Kotlin Multiplatform",
                          "Android", "iOS"],
                  years=7.9, seniority="lead", roles=["mobile"]),
))

R.append(dict(
    id="12-lukasz-go-nonenglish", form="docx",
    name="Łukasz Wróblewski", headline="Backend Engineer (Go)",
    email="lukasz.wroblewski@example.pl", phone="+48 601 234 567", location="Kraków, Poland",
    links=["github.com/lwroblewski"],
    headings={},
    summary="Go developer who builds high-throughput APIs for ad tech and logistics.",
    experience=[
        ("Senior Go Developer", "Wisła Logistics", "2022 - Present", [
            "Designed gRPC services in Go backed by ScyllaDB and NATS",
            "Profiled hot paths with pprof and cut CPU cost by 40%"]),
        ("Backend Developer", "Smok Ads", "2018 - 2022", [
            "Built bidding APIs in Go and Python with Redis and ClickHouse",
            "Deployed with Docker and GitLab CI to bare-metal servers"]),
    ],
    education=[("Magister Informatyki", "AGH University of Krakow", "2013 - 2018")],
    skills=["Go, Python, SQL", "gRPC, Protocol Buffers, REST", "ScyllaDB, ClickHouse, Redis, PostgreSQL",
            "Docker, GitLab CI, Kubernetes"],
    projects=[], certifications=[],
    expected=dict(skills=["Go", "Python", "SQL", "gRPC", "Protocol Buffers", "REST", "ScyllaDB", "ClickHouse",
                          "Redis", "PostgreSQL", "Docker", "GitLab CI", "Kubernetes", "NATS"],
                  years=8.4, seniority="senior", roles=["backend"]),
))

R.append(dict(
    id="13-fatima-dataeng-odt", form="odt-pdf",
    name="Fatima Al-Sayed", headline="Data Engineer",
    email="fatima.alsayed@example.ae", phone="+971 50 123 4567", location="Dubai, UAE",
    links=["linkedin.com/in/fatima-alsayed-data"],
    headings={"experience": "Professional Experience", "skills": "Technical Skills"},
    summary="Data engineer building batch and streaming pipelines for airline operations.",
    experience=[
        ("Data Engineer", "Falcon Air Group", "2020-06 to present", [
            "Built streaming pipelines with Apache Kafka and Apache Flink into Snowflake",
            "Orchestrated 200 daily dbt models with Apache Airflow"]),
        ("BI Developer", "Oasis Retail", "2017-01 to 2020-05", [
            "Built the sales data warehouse in Microsoft SQL Server with SSIS packages",
            "Published Power BI reports for 40 stores"]),
    ],
    education=[("BSc Information Systems", "American University of Sharjah", "2012 - 2016")],
    skills=["SQL, Python, Scala", "Kafka, Flink, Spark, Airflow, dbt", "Snowflake, SQL Server, BigQuery",
            "Power BI, Tableau"],
    projects=[], certifications=["Snowflake SnowPro Core (2021)"],
    expected=dict(skills=["SQL", "Python", "Scala", "Kafka", "Apache Flink", "Apache Spark", "Apache Airflow",
                          "dbt", "Snowflake", "Microsoft SQL Server", "Google BigQuery", "Power BI", "Tableau",
                          "SSIS", "Data Warehousing", "Stream Processing", "Business Intelligence"],
                  years=9.9, seniority="senior", roles=["data"]),
))

R.append(dict(
    id="14-yuki-ml-docx-dates", form="docx-table",
    name="Yuki Tanabe", headline="Machine Learning Engineer",
    email="yuki.tanabe@example.jp", phone="+81 90 1234 5678", location="Osaka, Japan",
    links=["github.com/ytanabe-ml"],
    headings={"experience": "Work Experience"},
    summary="Machine learning engineer who takes models from notebook to production and keeps them honest.",
    experience=[
        ("Machine Learning Engineer", "Sakura Vision", "Sep. 2023 - Present", [
            "Serve computer vision models with ONNX and Triton on Kubernetes",
            "Track experiments in MLflow and retrain weekly with Kubeflow pipelines"]),
        ("Research Engineer", "Kansai AI Lab", "Apr. 2020 - Aug. 2023", [
            "Implemented transformer models in PyTorch and JAX for document OCR",
            "Fine-tuned LLMs with Hugging Face for Japanese customer support"]),
        ("Research Intern", "Kansai AI Lab", "Oct. 2019 - Mar. 2020", [
            "Benchmarked TensorFlow and PyTorch data loaders"]),
    ],
    education=[("M.Eng. Informatics", "Kyoto University", "2018 - 2020")],
    skills=["Python, C++, Go", "PyTorch, JAX, TensorFlow, Hugging Face", "MLflow, Kubeflow, ONNX, Docker, Kubernetes",
            "Computer Vision, NLP, Large Language Models"],
    projects=[], certifications=[],
    expected=dict(skills=["Python", "C++", "Go", "PyTorch", "JAX", "TensorFlow", "Hugging Face", "MLflow",
                          "Kubeflow", "ONNX", "Docker", "Kubernetes", "Computer Vision",
                          "Natural Language Processing", "Large Language Models", "Machine Learning"],
                  years=6.7, seniority="mid", roles=["data"]),
))

R.append(dict(
    id="15-rebecca-staff-twopage", form="pdf-single",
    name="Rebecca Lindqvist", headline="Staff Software Engineer",
    email="rebecca.lindqvist@example.se", phone="+46 70 123 45 67", location="Stockholm, Sweden",
    links=["www.lindqvist.codes", "linkedin.com/in/rlindqvist"],
    headings={},
    summary="Staff engineer with fifteen years in distributed systems. I set technical direction for platform "
            "teams, write the design documents nobody else wants to write, and still ship code every week. "
            "I care about reliability, clear APIs and growing engineers.",
    experience=[
        ("Staff Software Engineer", "Nordvik Streaming", "Feb 2020 - Present", [
            "Technical lead for the playback platform: 40 engineers across 6 teams",
            "Designed the multi-region architecture on AWS with DynamoDB global tables and Amazon SQS",
            "Led the migration from a Scala monolith to Kotlin microservices on Amazon ECS",
            "Mentored 9 engineers; three were promoted to senior",
            "Chaired the architecture review board and wrote the service ownership guidelines"]),
        ("Senior Software Engineer", "Nordvik Streaming", "Mar 2016 - Jan 2020", [
            "Built the recommendations API in Scala with Akka and Cassandra",
            "Introduced property-based testing and contract tests across 12 services",
            "Cut cloud spend by 30% with autoscaling policies and Amazon CloudWatch dashboards"]),
        ("Software Engineer", "Telia Digital", "Aug 2011 - Feb 2016", [
            "Developed billing integrations in Java EE and Oracle Database",
            "Maintained Perl and Bash tooling for nightly reconciliation",
            "Moved the team from Subversion to Git and from Ant to Maven"]),
        ("Junior Developer", "Kodverket AB", "Jun 2009 - Jul 2011", [
            "Built intranet applications in PHP and MySQL",
            "Wrote jQuery widgets for the public website"]),
    ],
    education=[("MSc Computer Science", "KTH Royal Institute of Technology", "2004 - 2009")],
    skills=["Languages: Kotlin, Scala, Java, Python, SQL", "Platforms: AWS, Kubernetes, Docker",
            "Data: DynamoDB, Cassandra, PostgreSQL, Kafka", "Practices: Domain-Driven Design, Event Sourcing, TDD"],
    projects=["Open-source maintainer of a Kotlin library for structured logging (1,200 GitHub stars)"],
    certifications=[],
    awards=["Nordvik Engineering Excellence Award, 2022", "Speaker at KotlinConf 2023: 'Boring migrations'"],
    expected=dict(skills=["Kotlin", "Scala", "Java", "Python", "SQL", "AWS", "Kubernetes", "Docker", "DynamoDB",
                          "Cassandra", "PostgreSQL", "Kafka", "Domain-Driven Design", "Event Sourcing",
                          "Test-Driven Development", "Distributed Systems", "Amazon SQS", "Microservices",
                          "Amazon ECS", "Mentoring", "Akka", "Property-Based Testing", "Amazon CloudWatch",
                          "Jakarta EE", "Oracle Database", "Perl", "Bash", "Subversion", "Git", "Ant", "Maven",
                          "PHP", "MySQL", "jQuery", "GitHub", "Technical Leadership"],
                  years=17.5, seniority="lead", roles=["backend"]),
))

R.append(dict(
    id="16-nadia-security-text-dates", form="text",
    name="Nadia Haddad", headline="Application Security Engineer",
    email="nadia.haddad@example.fr", phone="+33 6 12 34 56 78", location="Lyon, France",
    links=["https://nadiahaddad.fr"],
    headings={"summary": "Profile", "experience": "Career History", "certifications": "Credentials"},
    summary="Application security engineer; former penetration tester who now builds security into pipelines.",
    experience=[
        ("Application Security Engineer", "Rhône Bank", "2021-09 to present", [
            "Run threat modeling workshops and the OWASP Top 10 training for 200 developers",
            "Added Snyk and SonarQube gates to GitLab CI; triage findings with the owning teams"]),
        ("Penetration Tester", "Lumière Security", "'17 - '21", [
            "Tested web and mobile apps with Burp Suite, Nmap and Metasploit",
            "Wrote exploit proofs of concept in Python"]),
    ],
    education=[("Diplôme d'ingénieur, Sécurité informatique", "INSA Lyon", "2012 - 2017")],
    skills=["Burp Suite, Metasploit, Nmap, Wireshark", "Python, Bash, Java", "OAuth, SAML, TLS, PKI",
            "Snyk, SonarQube, GitLab CI"],
    projects=[], certifications=["OSCP (2019)", "ISO 27001 Lead Implementer (2022)"],
    expected=dict(skills=["Burp Suite", "Metasploit", "Nmap", "Wireshark", "Python", "Bash", "Java", "OAuth",
                          "SAML", "TLS", "PKI", "Snyk", "SonarQube", "GitLab CI", "Application Security",
                          "Penetration Testing", "Threat Modeling", "OWASP", "ISO 27001"],
                  years=9.3, seniority="senior", roles=["security"]),
))

R.append(dict(
    id="17-gunther-firmware-doc", form="doc",
    name="Günther Obermaier", headline="Firmware Engineer",
    email="g.obermaier@example.de", phone="+49 89 1234 5678", location="Hauptstraße 12, 80331 München",
    links=[],
    headings={"experience": "Berufserfahrung", "education": "Ausbildung", "skills": "Kenntnisse"},
    summary="Firmware engineer for automotive control units, AUTOSAR and MISRA C.",
    experience=[
        ("Firmware Engineer", "Bavaria Automotive Systems", "04/2015 - 12/2020", [
            "Developed ECU firmware in Embedded C following MISRA C and AUTOSAR",
            "Debugged timing issues with JTAG and an oscilloscope"]),
        ("Senior Firmware Engineer", "Isar Mobility", "01/2021 - heute", [
            "Lead developer for battery management firmware on ARM Cortex-M",
            "Automated hardware tests with Python and Jenkins"]),
    ],
    education=[("Dipl.-Ing. Elektrotechnik", "Technische Universität München", "2008 - 2014")],
    skills=["C, C++, Python", "AUTOSAR, MISRA C, FreeRTOS", "CAN bus, LIN, SPI, I2C", "JTAG, Oscilloscope, Jenkins"],
    projects=[], certifications=[],
    expected=dict(skills=["C", "C++", "Python", "AUTOSAR", "MISRA C", "FreeRTOS", "CAN bus", "SPI", "I2C", "JTAG",
                          "Oscilloscope", "Jenkins", "Embedded C", "ARM Cortex-M", "Firmware"],
                  years=11.7, seniority="senior", roles=["embedded"]),
))

R.append(dict(
    id="18-chloe-misnamed-pdf", form="pdf-named-docx",
    name="Chloé Dubois-Martin", headline="Product Designer and Frontend Developer",
    email="chloe.dubois@example.be", phone="+32 470 12 34 56", location="Brussels, Belgium",
    links=["dribbble.com/chloedm"],
    headings={},
    summary="Designer who codes: I take a product from user research to a shipped React component.",
    experience=[
        ("Product Designer", "Gaufre Studio", "Nov 2021 - Present", [
            "Ran user research and usability testing for a B2B invoicing product",
            "Built the design system in Figma and its React components in TypeScript"]),
        ("UI Developer", "Atomium Web", "Jan 2019 - Oct 2021", [
            "Built responsive sites with HTML, CSS, Sass and JavaScript",
            "Improved Core Web Vitals on the main storefront"]),
    ],
    education=[("Master en Design Graphique", "La Cambre", "2014 - 2018")],
    skills=["Figma, Adobe XD, Illustrator", "HTML, CSS, Sass, JavaScript, TypeScript, React", "Design Systems, Wireframing"],
    projects=[], certifications=[],
    expected=dict(skills=["Figma", "Adobe XD", "Illustrator", "HTML", "CSS", "Sass", "JavaScript", "TypeScript",
                          "React", "Design Systems", "Wireframing", "UX Research", "Web Performance"],
                  years=7.9, seniority="senior", roles=["frontend"]),
))

R.append(dict(
    id="19-arjun-overlap-docx", form="docx",
    name="Arjun Mehta", headline="Frontend Engineer and Freelancer",
    email="arjun.mehta@example.in", phone="+91 98200 54321", location="Pune, India",
    links=["github.com/arjun-builds"],
    headings={},
    summary="Frontend engineer by day, freelance Angular consultant on weekends.",
    experience=[
        ("Frontend Engineer", "Deccan Fintech", "Jan 2020 - Present", [
            "Built the trading dashboard in Angular with RxJS and NgRx-style stores",
            "Wrote unit tests in Jasmine and Karma"]),
        ("Freelance Angular Consultant", "Self-employed", "Jun 2021 - Dec 2023", [
            "Delivered four admin portals for small businesses in Angular and Firebase"]),
        ("Web Developer", "Sahyadri Media", "Jul 2017 - Dec 2019", [
            "Built WordPress themes with PHP, jQuery and Bootstrap"]),
    ],
    education=[("B.E. Computer Engineering", "University of Pune", "2013 - 2017")],
    skills=["TypeScript, JavaScript, HTML, CSS", "Angular, RxJS, Bootstrap", "Jasmine, Karma, Cypress", "Firebase, WordPress"],
    projects=[], certifications=[],
    expected=dict(skills=["TypeScript", "JavaScript", "HTML", "CSS", "Angular", "RxJS", "Bootstrap", "Jasmine",
                          "Karma", "Cypress", "Firebase", "WordPress", "PHP", "jQuery", "Unit Testing"],
                  years=9.4, seniority="senior", roles=["frontend"]),
))

R.append(dict(
    id="20-maria-changer-precision", form="pdf-single",
    name="María José Ortega", headline="Junior Data Analyst",
    email="mariajose.ortega@example.es", phone="+34 612 345 678", location="Valencia, Spain",
    links=[],
    headings={"summary": "About me", "skills": "Skills & Tools"},
    summary="Former biology teacher who moved into data analysis. I go where the data is and ask the awkward "
            "questions; I like to go deep on a question before I go wide.",
    experience=[
        ("Junior Data Analyst", "Naranja Retail", "Mar 2025 - Present", [
            "Build weekly sales reports in Excel and Looker for the C-level team",
            "Cleaned point-of-sale data after the Series C acquisition of two regional chains"]),
        ("Biology Teacher", "IES Lluís Vives", "Sep 2016 - Jun 2024", [
            "Taught biology and statistics to students aged 14 to 18",
            "Coordinated the school's R&D science fair"]),
    ],
    education=[("Data Analytics Certificate", "Universitat Politècnica de València", "2024 - 2025")],
    skills=["Languages: R, SQL, Python", "Tools: Excel, Looker, Tableau, Jupyter"],
    projects=[], certifications=[],
    expected=dict(skills=["R", "SQL", "Python", "Excel", "Looker", "Tableau", "Jupyter", "Statistics"],
                  years=9.6, seniority="junior", roles=["data"]),
))
